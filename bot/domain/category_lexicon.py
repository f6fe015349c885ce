"""The keyword lexicon of the 17 first-level content categories (docs/legal.md §6), and its scores alone.

Lexicon: knowledge/categories.yml. Each class sums the weights of the distinct phrases found (a specific phrase
such as 拖欠工资 also counts its part 工资: more specific wording is more evidence); the sums are log-damped (long
messages should not become absurdly sure) and turned into probabilities with a softmax that also holds an
"unknown" outcome, so a message with no signal gets low scores everywhere. `bot.domain.category` mixes these with the
trained models; the models' own training labels come from here (bot.category_model.own_data), so this module
knows nothing of the models.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.domain.text import normalize_for_parsing
from bot.domain.yaml_read import safe_load

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "knowledge" / "categories.yml"

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
OTHER = CATEGORIES[-1]  # "其他": what nothing else fits

SECOND_LEVEL_WEIGHT = 3.0
# Tuned so one decisive phrase gives ≈0.65, one typical phrase ≈0.45 and no phrase ≈0.03 per class.
SHARPNESS = 3.0
UNKNOWN_LOGIT = 2.9
CONFIDENT_TOP = 0.6
CONFIDENT_MARGIN = 0.2
# or this far ahead of the runner-up whatever the top score ("老板跑路了，欠了我们两百多个工人四个月工资":
# 0.60 against 0.05). Chosen on archive.csv bodies with the own model: sure 71.4% → 76.2%, right 94.3% → 94.1%.
CLEAR_LEAD = 0.4
# or, when the models are less sure of anything (a short chat message, dialect), the top class at least this many
# times as likely as the runner-up ("村委把我阿爺嘅宅基地劃咗俾隔籬屋": 国土资源 0.35 against 0.08). On archive.csv
# bodies with the own model: sure 76.5% → 78.4%, right 93.9% → 93.7% (the 92 added: 86% right; a floor of 0.3
# and 3 times: 81.5%, 93.2%, the added only 83% right)
CLEAR_RATIO = 4.0
RATIO_FLOOR = 0.3


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
        raw = (safe_load(fh) or {}).get("categories") or {}
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


def keyword_probabilities(clean: str, lex: Lexicon) -> tuple[dict[str, float], dict[str, tuple[str, ...]]]:
    """Class → probability from the keywords of `clean` (normalised, lower-cased text), and the phrases found."""
    raw: dict[str, float] = {}
    hits: dict[str, tuple[str, ...]] = {}
    for name in CATEGORIES:
        found = [(p, w) for p, w in lex.phrases[name] if p in clean]
        raw[name] = sum(w for _, w in found)
        hits[name] = tuple(p for p, _ in sorted(found, key=lambda pw: -pw[1]))
    return _softmax_with_unknown(raw), hits


def ranked(probs: dict[str, float], hits: dict[str, tuple[str, ...]]) -> list[CategoryScore]:
    """All 17 classes best first (ties keep §6 order)."""
    order = {name: i for i, name in enumerate(CATEGORIES)}
    scored = [CategoryScore(name, round(probs[name], 4), hits[name]) for name in CATEGORIES]
    return sorted(scored, key=lambda s: (-s.score, order[s.name]))


def classify_by_keywords(text: str | None, lexicon: Lexicon | None = None) -> list[CategoryScore]:
    """The keyword scores alone, best first."""
    probs, hits = keyword_probabilities(normalize_for_parsing(text or "").lower(), lexicon or load_lexicon())
    return ranked(probs, hits)


def is_confident(scores: list[CategoryScore], lead: float | None = CLEAR_LEAD) -> bool:
    """Sure enough to fill the slot without asking: top ≥ 0.6 and at least 0.2 ahead of the runner-up, or at
    least `lead` ahead of it, or a named class at least 0.3 and four times the runner-up (None: the first rule
    only)."""
    if not scores:
        return False
    top = scores[0].score
    second = scores[1].score if len(scores) > 1 else 0.0
    if top >= CONFIDENT_TOP and top - second >= CONFIDENT_MARGIN:
        return True
    if lead is None:
        return False
    # "其他" far ahead says only that nothing else was found ("有个事想问问"): no class to take
    named = scores[0].name != OTHER
    return top - second >= lead or (named and top >= RATIO_FLOOR and top >= CLEAR_RATIO * second)


def top_candidates(scores: list[CategoryScore], n: int = 3) -> list[CategoryScore]:
    """The n best classes that have any signal (for buttons); never the empty-signal tail."""
    with_signal = [s for s in scores if s.hits]
    return with_signal[:n]
