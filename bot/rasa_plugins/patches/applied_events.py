"""A tracker's applied events found with each event class's kind looked up once, not checked against ABCs.

`DialogueStateTracker.applied_events` (the events that count, reverted and folded form turns left out) runs
four or five times a message on the whole conversation, and for each event asks `isinstance` against up to
eight of Rasa's event classes, then again while it looks back for a form's previous turn. Rasa's event classes
derive from `abc.ABC`, so each check goes through `ABCMeta.__instancecheck__`: about 1,900 such checks a
message, and applied_events 6.7% of the Rasa server's CPU under cProfile (2026-12-05).

Here each event class is asked once which of those classes it is a subclass of (the same answer `isinstance`
gives for its instances; the table starts again whenever a class is registered with any ABC), and the loop is
Rasa 3.6.21's own, step by step, with the helpers it calls.
"""

from __future__ import annotations

import abc
from typing import Any

from rasa.shared.core.events import (
    ActionExecuted,
    ActionExecutionRejected,
    ActionReverted,
    ActiveLoop,
    DefinePrevUserUtteredFeaturization,
    Event,
    Restarted,
    SessionStarted,
    UserUtteranceReverted,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_plugins.patches.swap import replace

RESET, ACTION_REVERTED, UTTERANCE_REVERTED, ACTION, LOOP, REJECTED, USER, FEATURIZATION = (
    1 << n for n in range(8)
)
_CLASSES = (
    ((Restarted, SessionStarted), RESET),
    (ActionReverted, ACTION_REVERTED),
    (UserUtteranceReverted, UTTERANCE_REVERTED),
    (ActionExecuted, ACTION),
    (ActiveLoop, LOOP),
    (ActionExecutionRejected, REJECTED),
    (UserUttered, USER),
    (DefinePrevUserUtteredFeaturization, FEATURIZATION),
)
_kinds: dict[type, int] = {}
_token: list[Any] = [abc.get_cache_token()]


def kinds(event: Event) -> int:
    """The bits of the classes above that `isinstance(event, ...)` is true for."""
    cls = type(event)
    found = _kinds.get(cls)
    if found is None or event.__class__ is not cls:
        found = 0
        for classes, bit in _CLASSES:
            if isinstance(event, classes):
                found |= bit
        if event.__class__ is cls:
            _kinds[cls] = found
    return found


def _fresh_table() -> None:
    """Start the table again if any class was registered with an ABC since it was filled."""
    token = abc.get_cache_token()
    if token != _token[0]:
        _kinds.clear()
        _token[0] = token


def _undo_till_previous(bit: int, done_events: list[Event]) -> None:
    for e in reversed(done_events[:]):
        del done_events[-1]
        if kinds(e) & bit:
            break


def _first_loop_execution_or_unhappy_path(loop_action_name: str, applied_events: list[Event]) -> bool:
    next_action = None
    for event in reversed(applied_events):
        kind = kinds(event)
        if kind & LOOP and event.name is None:  # type: ignore[attr-defined]
            return True
        rejected_before = kind & REJECTED and event.action_name == loop_action_name  # type: ignore[attr-defined]
        other_action_after_user = kind & USER and next_action is not None and next_action != loop_action_name
        if rejected_before or other_action_after_user:
            return True
        if kind & ACTION:
            if event.action_name == loop_action_name:  # type: ignore[attr-defined]
                return False
            next_action = event.action_name  # type: ignore[attr-defined]
    return True


def _undo_till_previous_loop_execution(loop_action_name: str, done_events: list[Event]) -> None:
    offset = 0
    for e in reversed(done_events[:]):
        kind = kinds(e)
        if kind & ACTION and e.action_name == loop_action_name:  # type: ignore[attr-defined]
            break
        if kind & (ACTION | USER | FEATURIZATION):
            del done_events[-1 - offset]
        else:
            offset += 1


def applied_events(self: DialogueStateTracker) -> list[Event]:
    """Drop-in for `DialogueStateTracker.applied_events`."""
    _fresh_table()
    loop_names = [event.name for event in self.events if kinds(event) & LOOP and event.name]  # type: ignore[attr-defined]
    applied: list[Event] = []
    for event in self.events:
        kind = kinds(event)
        if kind & RESET:
            applied = []
        elif kind & ACTION_REVERTED:
            _undo_till_previous(ACTION, applied)
        elif kind & UTTERANCE_REVERTED:
            _undo_till_previous(USER, applied)
            _undo_till_previous(ACTION, applied)
        elif (
            kind & ACTION
            and event.action_name in loop_names  # type: ignore[attr-defined]
            and not _first_loop_execution_or_unhappy_path(event.action_name, applied)  # type: ignore[attr-defined]
        ):
            _undo_till_previous_loop_execution(event.action_name, applied)  # type: ignore[attr-defined]
        else:
            applied.append(event)
    return applied


def install() -> None:
    replace(DialogueStateTracker, "applied_events", applied_events)
