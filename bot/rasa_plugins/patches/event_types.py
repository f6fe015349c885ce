"""Event class by type name from a table, instead of walking all of Rasa's event classes for every event.

Rasa 3.6's `Event.resolve_by_type` lists every subclass of `Event` (and checks each for abstract methods) each
time it turns a stored event back into an object: a tracker of 100 events does that 100 times per message.
The table holds the same answer (the first non-abstract subclass with that `type_name`, in Rasa's order) and is
rebuilt when a name is missing, so event classes defined later are found too; unknown names, "topic" and
defaults go to Rasa's own method.
"""

from __future__ import annotations

from typing import Any

from rasa.shared.core.events import Event
from rasa.shared.utils.common import all_subclasses

from bot.rasa_plugins.patches.swap import replace

_by_name: dict[str, type] = {}
_rasa_resolve: Any = None


def _rebuild() -> None:
    table: dict[str, type] = {}
    for cls in all_subclasses(Event):
        table.setdefault(cls.type_name, cls)
    _by_name.clear()
    _by_name.update(table)


def resolve_by_type(type_name: str, default: type | None = None) -> type | None:
    """Drop-in for `Event.resolve_by_type`."""
    cls = _by_name.get(type_name)
    if cls is None:
        _rebuild()
        cls = _by_name.get(type_name)
    return cls if cls is not None else _rasa_resolve(type_name, default)


def install() -> None:
    """Make Rasa look event classes up in the table (idempotent)."""
    global _rasa_resolve
    _rasa_resolve = replace(Event, "resolve_by_type", resolve_by_type, static=True)
