"""Keyword classifier for the 17 first-level content categories (DOMAIN.md §6).

Lexicon: knowledge/categories.yml. Each class sums the weights of the distinct phrases found (a specific phrase such as 拖欠工资 also
counts its part 工资: more specific wording is more evidence); the sums are
log-damped (long messages should not become absurdly sure) and turned into probabilities with a softmax that
also holds an "unknown" outcome, so a message with no signal gets low scores everywhere.
The keyword probabilities are then mixed with a trained model's calibrated probabilities: the model a
department imported (`python -m bot.archive_import`, file at CATEGORY_MODEL_PATH) when there is one, else the
model trained on the project's own examples (bot.category_model.own_model). The keyword hits are still
reported. Passing `lexicon=` gives the keyword scores alone.
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
MODEL_SIGNAL = 0.1
# share of the model in the mix with the keyword probabilities, chosen on archive.csv (a dev set, never
# eval.csv): 0.9 for both the own-data model and an imported archive model
OWN_MODEL_SHARE = 0.9
IMPORTED_MODEL_SHARE = 0.9


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


def _model_proba(clean: str, matter: bool = False) -> tuple[dict[str, float] | None, float]:
    """(class → probability, share in the mix) from the imported model, else the own-data model."""
    from bot.category_model import get_model
    from bot.category_model.own_data import NO_MATTER
    from bot.category_model.own_model import get_own_model

    model, share = get_model(), IMPORTED_MODEL_SHARE
    if model is None:
        model, share = get_own_model(), OWN_MODEL_SHARE
    if model is None:
        return None, 0.0
    learned = {name: float(p) for name, p in zip(model.classes, model.proba([clean])[0], strict=True)}
    none = learned.pop(NO_MATTER, 0.0)
    # with matter=True, names, addresses and phone numbers beside the matter (which read like answers) do not
    # count: only which matter is asked
    if matter:
        total = sum(learned.values())
        return ({name: p / total for name, p in learned.items()} if total > 0 else learned), share
    # otherwise "no matter" (greetings, bare answers) keeps only its square as unknown
    return {name: p * (1 + none) for name, p in learned.items()}, share


def _learned(clean: str, probs: dict, hits: dict, matter: bool = False) -> tuple[dict, dict]:
    learned, share = _model_proba(clean, matter) if clean.strip() else (None, 0.0)
    if learned is None:
        return probs, hits
    probs = {name: share * learned.get(name, 0.0) + (1 - share) * probs[name] for name in CATEGORIES}
    # a class the model finds likely counts as signal (for buttons) even without a keyword
    return probs, {n: hits[n] or (("(model)",) if probs[n] >= MODEL_SIGNAL else ()) for n in CATEGORIES}


def is_confident(scores: list[CategoryScore]) -> bool:
    """Sure enough to fill the slot without asking: top ≥ 0.6 and at least 0.2 ahead of the runner-up."""
    if not scores:
        return False
    top = scores[0].score
    second = scores[1].score if len(scores) > 1 else 0.0
    return top >= CONFIDENT_TOP and top - second >= CONFIDENT_MARGIN


def top_candidates(scores: list[CategoryScore], n: int = 3) -> list[CategoryScore]:
    """The n best classes that have any signal (for buttons); never the empty-signal tail."""
    with_signal = [s for s in scores if s.hits]
    return with_signal[:n]
