"""The active loop in a tracker's state is copied without `dataclasses.asdict`'s generic walk.

`DialogueStateTracker.current_state` (the tracker Rasa sends with every call to the action server, and the
HTTP API's) turns the active form into a dict with `dataclasses.asdict`, which deep-copies it value by value:
the form's trigger message with its text, every token's span and the intent ranking, 0.54 ms per call here
(2026-12-05), about one call per message. `dataclasses` as trackers.py sees it becomes a stand-in whose
`asdict` gives the same dict for `TrackerActiveLoop`: plain dicts, lists and tuples rebuilt as asdict rebuilds
them, strings, numbers, booleans and None kept (a deep copy keeps those too), anything else through
`dataclasses`' own code. trackers.py uses `dataclasses` for nothing else after its import.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import rasa.shared.core.trackers
from rasa.shared.core.trackers import TrackerActiveLoop

from bot.rasa_plugins.patches.swap import replace

_KEPT = (str, int, float, bool, type(None))  # immutable: copy.deepcopy returns them as they are


def _copy(value: Any) -> Any:
    kind = type(value)
    if kind in _KEPT:
        return value
    if kind is dict:
        return {_copy(key): _copy(item) for key, item in value.items()}
    if kind is list:
        return [_copy(item) for item in value]
    if kind is tuple:
        return tuple(_copy(item) for item in value)
    return dataclasses._asdict_inner(value, dict)  # type: ignore[attr-defined]


def asdict(obj: Any, *, dict_factory: Any = dict) -> dict[str, Any]:
    if type(obj) is not TrackerActiveLoop or dict_factory is not dict:
        return dataclasses.asdict(obj, dict_factory=dict_factory)
    return {field.name: _copy(getattr(obj, field.name)) for field in dataclasses.fields(obj)}


class TrackerDataclasses:
    """The `dataclasses` module as trackers.py sees it, with the faster `asdict`."""

    asdict = staticmethod(asdict)

    def __getattr__(self, name: str) -> Any:
        return getattr(dataclasses, name)


def install() -> None:
    replace(rasa.shared.core.trackers, "dataclasses", TrackerDataclasses())
