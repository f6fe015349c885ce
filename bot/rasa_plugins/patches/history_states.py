"""The conversation's history states computed once per prediction and shared by the policies of the ensemble.

To predict the next action, Rasa 3.6 hands the same tracker to every policy, and each turns the whole history
into states again (`DialogueStateTracker.past_states`: a copy of the tracker replayed event by event, and
the domain's active state at every action): MemoizationPolicy once, RulePolicy twice right after the
citizen spoke (once reading the text, once the intent), TED once when it runs. That was about a sixth of the
Rasa server's CPU per message (cProfile, 2026-12-05).

While the processor runs the ensemble (`MessageProcessor._predict_next_with_tracker`, nothing else touches
the tracker meanwhile), the first `past_states` call keeps its states and later calls with the same
arguments on the same tracker, unchanged, get a copy of them: each state dict and each of its parts are new
dicts, as Rasa's own call returns, because the featurisers edit the last state in place. `rule_only_data`
only counts when `ignore_rule_only_turns` is set (Rasa's `states_for_tracker_history` reads it only then),
so MemoizationPolicy and RulePolicy share one computation. Outside the ensemble Rasa's own method runs.

Between the predictions of one message the tracker only grows (the action's events are appended), yet Rasa
replays it from the start each time. Without rule-only turns hidden (MemoizationPolicy's and RulePolicy's
states), each state depends only on the events before it: the replay is kept on the tracker and continued
with the new events when the events applied before are still the first ones applied now (the same objects,
in order); after an undo, a restart or any other change it starts again from the beginning. TED's states
(rule-only turns hidden) are always computed by Rasa's own method.
"""

from __future__ import annotations

import contextvars
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from rasa.core.processor import MessageProcessor
from rasa.shared.core.events import ActionExecuted, Event
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_plugins.patches.swap import replace

# while the ensemble runs: (tracker, its length, its last event, arguments) → states
_cache: contextvars.ContextVar[dict[tuple, tuple[DialogueStateTracker, Any, list]] | None] = (
    contextvars.ContextVar("intake_history_states", default=None)
)
_rasa_past_states: Any = None
_rasa_predict: Any = None
REPLAY = "_intake_history_replay"  # attribute on a tracker: its Replay


@dataclass
class Replay:
    """A tracker's applied events replayed on a copy (Rasa's `generate_all_prior_trackers`), with the state
    before each action so far."""

    domain: Any
    omit_unset_slots: bool
    applied: list[Event]
    replica: DialogueStateTracker
    states: list[dict[str, Any]]

    def continues(self, domain: Any, omit_unset_slots: bool, applied: list[Event]) -> bool:
        return (
            self.domain is domain
            and self.omit_unset_slots == omit_unset_slots
            and len(applied) >= len(self.applied)
            and all(old is new for old, new in zip(self.applied, applied, strict=False))
        )


def replayed_states(
    tracker: DialogueStateTracker, domain: Any, omit_unset_slots: bool
) -> list[dict[str, Any]]:
    """Rasa's `Domain.states_for_tracker_history` with no rule-only turns hidden, continuing the tracker's
    last replay when its applied events only grew since."""
    applied = tracker.applied_events()
    replay = getattr(tracker, REPLAY, None)
    if replay is None or not replay.continues(domain, omit_unset_slots, applied):
        replay = Replay(domain, omit_unset_slots, [], tracker.init_copy(), [])
    for event in applied[len(replay.applied) :]:
        if isinstance(event, ActionExecuted):
            replay.states.append(
                domain._clean_state(domain.get_active_state(replay.replica, omit_unset_slots))
            )
        replay.replica.update(event)
    replay.applied = applied
    setattr(tracker, REPLAY, replay)
    final = domain._clean_state(domain.get_active_state(replay.replica, omit_unset_slots))
    return copy_states([*replay.states, final])


@contextmanager
def shared_states() -> Iterator[None]:
    """Within this block, `past_states` of an unchanged tracker is computed once per set of arguments."""
    token = _cache.set({})
    try:
        yield
    finally:
        _cache.reset(token)


def copy_states(states: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """New state dicts with new sub-state dicts; the values inside (strings, tuples) are immutable."""
    return [
        {key: dict(part) if isinstance(part, dict) else part for key, part in state.items()}
        for state in states
    ]


def _frozen(rule_only_data: dict[str, Any] | None) -> str | None:
    return None if rule_only_data is None else json.dumps(rule_only_data, sort_keys=True, default=repr)


def past_states(
    self: DialogueStateTracker,
    domain: Any,
    omit_unset_slots: bool = False,
    ignore_rule_only_turns: bool = False,
    rule_only_data: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """Drop-in for `DialogueStateTracker.past_states`."""
    cache = _cache.get()
    if cache is None:
        return _rasa_past_states(self, domain, omit_unset_slots, ignore_rule_only_turns, rule_only_data)
    last = self.events[-1] if self.events else None
    key = (
        id(self),
        id(domain),
        len(self.events),
        id(last),
        bool(omit_unset_slots),
        bool(ignore_rule_only_turns),
        _frozen(rule_only_data) if ignore_rule_only_turns else None,
    )
    kept = cache.get(key)
    if kept is not None and kept[0] is self and kept[1] is last:
        return copy_states(kept[2])
    if ignore_rule_only_turns:
        states = _rasa_past_states(self, domain, omit_unset_slots, ignore_rule_only_turns, rule_only_data)
    else:
        states = replayed_states(self, domain, bool(omit_unset_slots))
    cache[key] = (self, last, copy_states(states))  # the tracker and event kept alive: their ids stay theirs
    return states


def predict_next_with_tracker(self: MessageProcessor, tracker: DialogueStateTracker) -> Any:
    """Drop-in for `MessageProcessor._predict_next_with_tracker`: Rasa's, with the states shared."""
    with shared_states():
        return _rasa_predict(self, tracker)


def install() -> None:
    """Share the history states across the ensemble's policies (idempotent)."""
    global _rasa_past_states, _rasa_predict
    _rasa_past_states = replace(DialogueStateTracker, "past_states", past_states)
    _rasa_predict = replace(MessageProcessor, "_predict_next_with_tracker", predict_next_with_tracker)
