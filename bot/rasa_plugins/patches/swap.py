"""Putting a replacement in place of a Rasa attribute, and putting Rasa's own back."""

from __future__ import annotations

from typing import Any

# (owner, attribute name) → Rasa's original, for every attribute a patch has replaced
_originals: dict[tuple[Any, str], Any] = {}
ABSENT = object()  # the original of an attribute the owner did not define itself (a patch adds it)


def replace(owner: Any, name: str, replacement: Any, static: bool = False) -> Any:
    """Put `replacement` in `owner.name` and return Rasa's original (the same one however often it runs)."""
    key = (owner, name)
    if key not in _originals:
        _originals[key] = owner.__dict__.get(name, ABSENT)
    setattr(owner, name, staticmethod(replacement) if static else replacement)
    original = _originals[key]
    return original.__func__ if isinstance(original, staticmethod) else original


def restore_all() -> None:
    """Rasa's own attributes back everywhere (RASA_PATCHES=off after an install, and the differential tests)."""
    for (owner, name), original in _originals.items():
        if original is ABSENT:
            delattr(owner, name)
        else:
            setattr(owner, name, original)
    _originals.clear()


def is_replaced(owner: Any, name: str) -> bool:
    return (owner, name) in _originals
