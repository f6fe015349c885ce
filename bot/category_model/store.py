"""Where the trained model lives, saving and lazy, cached loading (reloaded when the file changes)."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import joblib

from bot.category_model.model import CategoryModel
from bot.ops.settings import get_settings

FORMAT_VERSION = 1


def model_path() -> Path:
    """`CATEGORY_MODEL_PATH` from the settings, else var/category_model.joblib (gitignored)."""
    return get_settings().category_model_path


def save_model(model: CategoryModel, path: Path | None = None) -> Path:
    target = Path(path) if path else model_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")  # two processes may build at once
    joblib.dump({"format": FORMAT_VERSION, "model": model}, tmp, compress=3)
    tmp.replace(target)  # atomic: a running server never reads half a file
    return target


def load_model(path: Path) -> CategoryModel:
    # joblib is pickle: only load files this project wrote (var/ is local and not shared)
    payload = joblib.load(path)
    if not isinstance(payload, dict) or payload.get("format") != FORMAT_VERSION:
        raise ValueError(f"{path}: not a category model of format {FORMAT_VERSION}")
    return payload["model"]


def build_if_stale(
    target: Path, fingerprint: str, train: Callable[[], CategoryModel], *, force: bool = False
) -> bool:
    """Train and save a generated model (own-data, route) unless `target` already holds one trained from the
    inputs `fingerprint` names; True when it was trained now. An unreadable or old file is simply rebuilt."""
    if not force and target.exists():
        try:
            if load_model(target).info.get("fingerprint") == fingerprint:
                return False
        except Exception:  # noqa: BLE001 - an unreadable or old file is simply rebuilt
            pass
    model = train()
    model.info["fingerprint"] = fingerprint
    save_model(model, target)
    return True


def built_or_none(target: Path, build: Callable[[Path], object]) -> CategoryModel | None:
    """A generated model, built first if needed; None where it cannot be (a read-only var/, a bad file)."""
    try:
        build(target)
        return load_model(target)
    except (OSError, ValueError):
        return None


@lru_cache(maxsize=2)
def _cached(path: str, mtime_ns: int) -> CategoryModel:
    return load_model(Path(path))


def get_model(path: Path | None = None) -> CategoryModel | None:
    """The trained model, or None when no model file exists."""
    target = Path(path) if path else model_path()
    try:
        mtime = target.stat().st_mtime_ns
    except OSError:
        return None
    return _cached(str(target), mtime)


def predict_proba(text: str, path: Path | None = None) -> dict[str, float] | None:
    """Class → probability for one text, or None without a trained model."""
    model = get_model(path)
    if model is None:
        return None
    row = model.proba([text])[0]
    return {name: float(p) for name, p in zip(model.classes, row, strict=True)}
