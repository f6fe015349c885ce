"""Which of the 17 first-level content categories a message is about (docs/legal.md §6).

The keyword probabilities of `bot.domain.category_lexicon` are mixed with trained models' calibrated probabilities: the
model a department imported (`python -m bot.ops.archive_import`, file at CATEGORY_MODEL_PATH) together with the model
trained on the project's own examples (bot.category_model.own_model) when there is an import, else the own model
alone. The keyword hits are still reported. Passing `lexicon=` gives the keyword scores alone.
"""

from __future__ import annotations

from bot import category_model
from bot.category_model import own_model
from bot.category_model.own_data import NO_MATTER
from bot.domain.category_lexicon import (
    CATEGORIES,
    CLEAR_LEAD,
    DEFAULT_PATH,
    CategoryScore,
    Lexicon,
    is_confident,
    keyword_probabilities,
    load_lexicon,
    ranked,
    top_candidates,
)
from bot.domain.safety import matter_told
from bot.domain.text import normalize_for_parsing

# re-exported: callers read the classes and the confidence rule from here
__all__ = [
    "CATEGORIES",
    "CLEAR_LEAD",
    "DEFAULT_PATH",
    "CategoryScore",
    "Lexicon",
    "classify_category",
    "is_confident",
    "load_lexicon",
    "top_candidates",
]

MODEL_SIGNAL = 0.1
# the hit a class gets from the models alone, with no keyword of its own
MODEL_HIT = "(model)"
# shares of the models in the mix with the keyword probabilities (never chosen on eval.csv). Own model
# alone: 0.9, on archive.csv. With an import, the own model (written like chat messages) is mixed in too:
# `python -m bench.category_tuning chatdev` (own written examples, 5-fold) 0.876 → 0.895 for 0.9/0 → 0.6/0.2,
# archive bodies 0.9006 → 0.8992 (80/20) and 0.9225 → 0.9213 (importcv folds)
OWN_MODEL_SHARE = 0.9
IMPORTED_MODEL_SHARE = 0.6
OWN_MODEL_SHARE_WITH_IMPORT = 0.2


def classify_category(
    text: str | None, lexicon: Lexicon | None = None, matter: bool = False
) -> list[CategoryScore]:
    """All 17 classes with a confidence-like score in [0, 1], best first (ties keep §6 order).

    `matter=True` when the text is known to state the citizen's matter (the intake's `issue_text`): then
    only which matter is asked, and the model's "no matter" share is left out instead of making it unsure.
    """
    clean = normalize_for_parsing(text or "").lower()
    clean = matter_told(clean)  # "…喝农药" says how desperate, not what about
    probs, hits = keyword_probabilities(clean, lexicon or load_lexicon())
    if lexicon is None:  # mixed with a trained model, when one can be had
        probs, hits = _learned(clean, probs, hits, matter)
    return ranked(probs, hits)


def _model_mix() -> list[tuple[object, float]]:
    """(model, share in the mix): the imported and the own-data model, else whichever of them exists."""
    imported, own = category_model.get_model(), own_model.get_own_model()
    if imported is None:
        return [(own, OWN_MODEL_SHARE)] if own is not None else []
    if own is None:
        return [(imported, IMPORTED_MODEL_SHARE + OWN_MODEL_SHARE_WITH_IMPORT)]
    return [(imported, IMPORTED_MODEL_SHARE), (own, OWN_MODEL_SHARE_WITH_IMPORT)]


def _model_proba(model, clean: str, matter: bool = False) -> dict[str, float]:
    """Class → probability from one trained model."""
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
    return probs, {n: hits[n] or ((MODEL_HIT,) if probs[n] >= MODEL_SIGNAL else ()) for n in CATEGORIES}
