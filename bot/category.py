"""Keyword classifier for the 17 first-level content categories (docs/legal.md §6).

Lexicon: knowledge/categories.yml. Each class sums the weights of the distinct phrases found (a specific phrase such as 拖欠工资 also
counts its part 工资: more specific wording is more evidence); the sums are
log-damped (long messages should not become absurdly sure) and turned into probabilities with a softmax that
also holds an "unknown" outcome, so a message with no signal gets low scores everywhere.
The keyword probabilities are then mixed with trained models' calibrated probabilities: the model a
department imported (`python -m bot.archive_import`, file at CATEGORY_MODEL_PATH) together with the model
trained on the project's own examples (bot.category_model.own_model) when there is an import, else the own
model alone. The keyword hits are still reported. Passing `lexicon=` gives the keyword scores alone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

try:  # written by another engineer; fall back to the raw text when absent
    from bot.text import normalize_for_parsing as _normalize
except ImportError:  # pragma: no cover - depends on the checkout

    def _normalize(text: str) -> str:
        return " ".join(text.split())


DEFAULT_PATH = Path(__file__).resolve().parent.parent / "knowledge" / "categories.yml"

CATEGORIES: tuple[str, ...] = (
    "政法",
    "科技与信息产业",
    "纪检监察",
    "党务政务",
    "国土资源",
    "教育文体",
    "劳动和社会保障",
    "城乡建设",
    "农村农业",
    "卫生计生",
    "环境保护",
    "交通运输",
    "民政",
    "经济管理",
    "商贸旅游",
    "组织人事",
    "其他",
)

SECOND_LEVEL_WEIGHT = 3.0
# Tuned so one decisive phrase gives ≈0.65, one typical phrase ≈0.45 and no phrase ≈0.03 per class.
SHARPNESS = 3.0
UNKNOWN_LOGIT = 2.9
CONFIDENT_TOP = 0.6
CONFIDENT_MARGIN = 0.2
# or this far ahead of the runner-up whatever the top score ("老板跑路了，欠了我们两百多个工人四个月工资":
# 0.60 against 0.05). Chosen on archive.csv bodies with the own model: sure 71.4% → 76.2%, right 94.3% → 94.1%.
CLEAR_LEAD = 0.4
MODEL_SIGNAL = 0.1
# shares of the models in the mix with the keyword probabilities (never chosen on eval.csv). Own model
# alone: 0.9, on archive.csv. With an import, the own model (written like chat messages) is mixed in too:
# `python -m bench.category_tuning chatdev` (own written examples, 5-fold) 0.876 → 0.895 for 0.9/0 → 0.6/0.2,
# archive bodies 0.9006 → 0.8992 (80/20) and 0.9225 → 0.9213 (importcv folds)
OWN_MODEL_SHARE = 0.9
IMPORTED_MODEL_SHARE = 0.6
OWN_MODEL_SHARE_WITH_IMPORT = 0.2


@dataclass(frozen=True)
class CategoryScore:
    name: str
    score: float
    hits: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    # category → ((phrase, weight), ...), phrases lower-cased
    phrases: dict[str, tuple[tuple[str, float], ...]]


@lru_cache(maxsize=4)
def load_lexicon(path: Path | str | None = None) -> Lexicon:
    """Read knowledge/categories.yml (or `path`), checking it names exactly the 17 classes."""
    file = Path(path) if path else DEFAULT_PATH
    with file.open(encoding="utf-8") as fh:
        raw = (yaml.safe_load(fh) or {}).get("categories") or {}
    if set(raw) != set(CATEGORIES):
        raise ValueError(f"{file}: categories must be exactly {CATEGORIES}")
    phrases: dict[str, tuple[tuple[str, float], ...]] = {}
    for name in CATEGORIES:
        entry = raw[name] or {}
        weights: dict[str, float] = {}
        for phrase in entry.get("second_level") or ():
            weights[str(phrase).lower()] = SECOND_LEVEL_WEIGHT
        for weight, words in (entry.get("keywords") or {}).items():
            for phrase in words or ():
                key = str(phrase).lower()
                weights[key] = max(weights.get(key, 0.0), float(weight))
        phrases[name] = tuple(sorted(weights.items()))
    return Lexicon(phrases=phrases)


def _softmax_with_unknown(raw: dict[str, float]) -> dict[str, float]:
    logits = {name: SHARPNESS * math.log1p(value) for name, value in raw.items()}
    top = max([*logits.values(), UNKNOWN_LOGIT])
    exps = {name: math.exp(v - top) for name, v in logits.items()}
    total = sum(exps.values()) + math.exp(UNKNOWN_LOGIT - top)
    return {name: v / total for name, v in exps.items()}


def classify_category(
    text: str | None, lexicon: Lexicon | None = None, matter: bool = False
) -> list[CategoryScore]:
    """All 17 classes with a confidence-like score in [0, 1], best first (ties keep §6 order).

    `matter=True` when the text is known to state the citizen's matter (the intake's `issue_text`): then
    only which matter is asked, and the model's "no matter" share is left out instead of making it unsure.
    """
    lex = lexicon or load_lexicon()
    clean = _normalize(text or "").lower()
    raw: dict[str, float] = {}
    hits: dict[str, tuple[str, ...]] = {}
    for name in CATEGORIES:
        found = [(p, w) for p, w in lex.phrases[name] if p in clean]
        raw[name] = sum(w for _, w in found)
        hits[name] = tuple(p for p, _ in sorted(found, key=lambda pw: -pw[1]))
    probs = _softmax_with_unknown(raw)
    if lexicon is None:  # mixed with a trained model, when one can be had
        probs, hits = _learned(clean, probs, hits, matter)
    order = {name: i for i, name in enumerate(CATEGORIES)}
    scored = [CategoryScore(name, round(probs[name], 4), hits[name]) for name in CATEGORIES]
    return sorted(scored, key=lambda s: (-s.score, order[s.name]))


def _model_mix() -> list[tuple[object, float]]:
    """(model, share in the mix): the imported and the own-data model, else whichever of them exists."""
    from bot.category_model import get_model
    from bot.category_model.own_model import get_own_model

    imported, own = get_model(), get_own_model()
    if imported is None:
        return [(own, OWN_MODEL_SHARE)] if own is not None else []
    if own is None:
        return [(imported, IMPORTED_MODEL_SHARE + OWN_MODEL_SHARE_WITH_IMPORT)]
    return [(imported, IMPORTED_MODEL_SHARE), (own, OWN_MODEL_SHARE_WITH_IMPORT)]


def _model_proba(model, clean: str, matter: bool = False) -> dict[str, float]:
    """Class → probability from one trained model."""
    from bot.category_model.own_data import NO_MATTER

    learned = {name: float(p) for name, p in zip(model.classes, model.proba([clean])[0], strict=True)}
    none = learned.pop(NO_MATTER, 0.0)
    # with matter=True, names, addresses and phone numbers beside the matter (which read like answers) do not
    # count: only which matter is asked
    if matter:
        total = sum(learned.values())
        return {name: p / total for name, p in learned.items()} if total > 0 else learned
    # otherwise "no matter" (greetings, bare answers) keeps only its square as unknown
    return {name: p * (1 + none) for name, p in learned.items()}


def _learned(clean: str, probs: dict, hits: dict, matter: bool = False) -> tuple[dict, dict]:
    mix = _model_mix() if clean.strip() else []
    if not mix:
        return probs, hits
    learned = [(_model_proba(model, clean, matter), share) for model, share in mix]
    rest = 1 - sum(share for _, share in mix)
    probs = {n: sum(s * p.get(n, 0.0) for p, s in learned) + rest * probs[n] for n in CATEGORIES}
    # a class the models find likely counts as signal (for buttons) even without a keyword
    return probs, {n: hits[n] or (("(model)",) if probs[n] >= MODEL_SIGNAL else ()) for n in CATEGORIES}


def is_confident(scores: list[CategoryScore], lead: float | None = CLEAR_LEAD) -> bool:
    """Sure enough to fill the slot without asking: top ≥ 0.6 and at least 0.2 ahead of the runner-up, or at
    least `lead` ahead of it (None: the first rule only)."""
    if not scores:
        return False
    top = scores[0].score
    second = scores[1].score if len(scores) > 1 else 0.0
    return (top >= CONFIDENT_TOP and top - second >= CONFIDENT_MARGIN) or (
        lead is not None and top - second >= lead
    )


def top_candidates(scores: list[CategoryScore], n: int = 3) -> list[CategoryScore]:
    """The n best classes that have any signal (for buttons); never the empty-signal tail."""
    with_signal = [s for s in scores if s.hits]
    return with_signal[:n]
