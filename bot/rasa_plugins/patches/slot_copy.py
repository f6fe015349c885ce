"""A slot is copied without `copy`'s generic reduce-and-rebuild.

Rasa 3.6 builds a new `DialogueStateTracker` about seven times per message (reading it from the store, the
copy each action runs on, the forms' temporary trackers, the policies' replays), and each one copies every slot
of the domain with `copy.copy` (46 slots here: about 320 copies per message). `copy.copy` of a plain object
goes through `__reduce_ex__(4)`, `copyreg.__newobj__` and `_reconstruct`, which comes to `cls.__new__(cls)` and
`__dict__.update(...)` (0.23 ms for the 46 slots; 0.02 ms when done directly, 2026-12-05). `Slot.__copy__`
does exactly that directly for any slot class that leaves pickling alone (no `__slots__` but ABC's empty one, `__reduce__`,
`__reduce_ex__`, `__getstate__` or `__setstate__` of its own), and the generic way for any other: the copy is
the same shallow copy either way.
"""

from __future__ import annotations

import copy

from rasa.shared.core.slots import Slot

from bot.rasa_plugins.patches.swap import replace

_PICKLING = ("__reduce__", "__reduce_ex__", "__getstate__", "__setstate__")
_plain: dict[type, bool] = {}  # slot class → whether copying it is just a new object with the same __dict__


def plain(cls: type) -> bool:
    """Whether `copy.copy` of an instance of `cls` comes to `cls.__new__(cls)` plus its `__dict__`."""
    known = _plain.get(cls)
    if known is None:
        own = [vars(klass) for klass in cls.__mro__ if klass is not object]
        pickling = any(name in names for names in own for name in _PICKLING)
        known = _plain[cls] = not pickling and not any(names.get("__slots__") for names in own)
    return known


def copy_slot(slot: Slot) -> Slot:
    """The same shallow copy `copy.copy` makes, without its generic detour."""
    cls = type(slot)
    if not plain(cls):
        return copy._reconstruct(slot, None, *slot.__reduce_ex__(4))  # type: ignore[attr-defined]
    new = cls.__new__(cls)
    new.__dict__.update(slot.__dict__)
    return new


def install() -> None:
    replace(Slot, "__copy__", copy_slot)
