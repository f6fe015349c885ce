"""The model trained on the project's own examples only: what `classify_category` uses with no imported model.

It is generated, never committed: `python -m bot.category_model.own_model` writes it (run by `make train`
when wired in), and `get_own_model()` trains it on first use when the file is missing or was trained from
other inputs (a few seconds). The file records a fingerprint of its inputs (lexicon, written examples, NLU
data and this package's training code), so editing any of them retrains it.
"""

from __future__ import annotations

import hashlib
import sys
import time
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from bot.category_model.model import CategoryModel, train_model
from bot.category_model.own_data import EXAMPLES_DIR, NLU_DIR, LabelledText, own_examples, weight_of
from bot.category_model.store import build_if_stale, built_or_none
from bot.domain.category_lexicon import DEFAULT_PATH
from bot.ops.settings import get_settings

PACKAGE = Path(__file__).resolve().parent
# chosen on archive.csv bodies as a dev set (never eval.csv): C 0.5 0.833 vs C 1 0.829, C 0.3 0.831
OWN_C = 0.5
# Complement NB averaged in: 0.843 → 0.846 on the same dev set (shares 0.5-0.7 alike)
OWN_NB_SHARE = 0.5
# word features without one-character words (model.content_words): 0.843 → 0.849 on the same dev set
OWN_CONTENT_WORDS = True


def own_model_path() -> Path:
    """`CATEGORY_OWN_MODEL_PATH` from the settings, else var/category_own.joblib (gitignored)."""
    return get_settings().category_own_model_path


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """Hash of everything the own model is trained from (computed once per process)."""
    files = [DEFAULT_PATH, *sorted(EXAMPLES_DIR.glob("*.yml")), *sorted(NLU_DIR.glob("*.yml"))]
    files += [PACKAGE / name for name in ("model.py", "own_data.py", "own_model.py", "augment.py")]
    digest = hashlib.sha256()
    for file in files:
        digest.update(file.name.encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def train_own(examples: Sequence[LabelledText] | None = None) -> CategoryModel:
    """The own model, trained on `own_examples()` unless other examples are given."""
    examples = own_examples() if examples is None else examples
    model = train_model(
        [e.text for e in examples],
        [e.category for e in examples],
        [weight_of(e) for e in examples],
        c=OWN_C,
        nb_share=OWN_NB_SHARE,
        content=OWN_CONTENT_WORDS,
    )
    model.info["fingerprint"] = fingerprint()
    return model


def build(path: Path | None = None, force: bool = False) -> tuple[Path, bool]:
    """Train and save the own model unless an up-to-date file exists; returns (path, trained now)."""
    target = Path(path) if path else own_model_path()
    return target, build_if_stale(target, fingerprint(), train_own, force=force)


@lru_cache(maxsize=2)
def _loaded(path: str, key: str) -> CategoryModel | None:
    return built_or_none(Path(path), build)  # None: the keywords alone


def get_own_model() -> CategoryModel | None:
    """The own-data model (trained on first use if needed), or None if it cannot be built."""
    return _loaded(str(own_model_path()), fingerprint())


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    started = time.perf_counter()
    path, trained = build(force="--force" in args)
    verb = "trained" if trained else "up to date"
    print(f"category model from own examples: {verb} ({time.perf_counter() - started:.1f} s), {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
