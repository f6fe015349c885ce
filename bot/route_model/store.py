"""Where the route model lives; built on first use and rebuilt when its examples or training code change.

Follows `bot.category_model.own_model`: the file is generated (var/ is gitignored), records a fingerprint
of its inputs, and a missing, old or unreadable file is simply trained again (about two seconds).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from bot.category_model.model import CategoryModel
from bot.category_model.store import build_if_stale, built_or_none
from bot.ops.settings import get_settings
from bot.route_model.examples import example_files

PACKAGE = Path(__file__).resolve().parent


def route_model_path() -> Path:
    """`ROUTE_MODEL_PATH` from the settings, else var/route_model.joblib (gitignored)."""
    return get_settings().route_model_path


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """Hash of the examples and the code that trains on them (computed once per process)."""
    files = [
        *example_files(),
        PACKAGE / "examples.py",
        PACKAGE / "train.py",
        PACKAGE.parent / "category_model" / "model.py",
    ]
    digest = hashlib.sha256()
    for file in files:
        digest.update(file.name.encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def build(path: Path | None = None, force: bool = False) -> tuple[Path, bool]:
    """Train and save the route model unless an up-to-date file exists; returns (path, trained now)."""
    from bot.route_model.train import train_route_model  # scikit-learn and the examples: only to train

    target = Path(path) if path else route_model_path()
    return target, build_if_stale(target, fingerprint(), train_route_model, force=force)


@lru_cache(maxsize=2)
def _loaded(path: str, key: str) -> CategoryModel | None:
    return built_or_none(Path(path), build)


def get_route_model() -> CategoryModel | None:
    """The route model (trained on first use if needed), or None if it cannot be built."""
    return _loaded(str(route_model_path()), fingerprint())
