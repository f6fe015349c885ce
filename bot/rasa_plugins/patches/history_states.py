"""The conversation's history states computed once per prediction and shared by the policies of the ensemble.

To predict the next action, Rasa 3.6 hands the same tracker to every policy, and each turns the whole history
into states again (`DialogueStateTracker.past_states`: a copy of the tracker replayed event by event from the
start, and the domain's active state before every action): MemoizationPolicy once (rule-only turns hidden),
RulePolicy twice right after the citizen spoke (every turn; once to read the text, once the intent), TED
once (rule-only turns hidden) when it runs, and again for each prediction of the same message. That was
about a sixth of the Rasa server's CPU per message (cProfile, 2026-12-05).

While the processor runs the ensemble (`MessageProcessor._predict_next_with_tracker`), `past_states` comes
from one replay of the tracker for every kind of history (`history_replay`: continued while the conversation
only grows), and a second call with the same arguments on the same unchanged tracker gets a copy of the
first one's states. Each caller gets new state dicts with new parts, as from Rasa's own call, because the
featurisers edit the last state in place. Outside the ensemble Rasa's own method runs.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from rasa.core.processor import MessageProcessor
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_plugins.patches.history_replay import copy_states, frozen, replayed_states
from bot.rasa_plugins.patches.swap import replace

# while the ensemble runs: (tracker, its length, its last event, arguments) → states
_cache: contextvars.ContextVar[dict[tuple, tuple[DialogueStateTracker, Any, list]] | None] = (
    contextvars.ContextVar("intake_history_states", default=None)
)
_rasa_past_states: Any = None
_rasa_predict: Any = None


@contextmanager
def shared_states() -> Iterator[None]:
    """Within this block, `past_states` of an unchanged tracker is computed once per set of arguments."""
    token = _cache.set({})
    try:
        yield
    finally:
        _cache.reset(token)


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
        frozen(rule_only_data) if ignore_rule_only_turns else None,
    )
    kept = cache.get(key)
    if kept is not None and kept[0] is self and kept[1] is last:
        return copy_states(kept[2])
    states = replayed_states(self, domain, omit_unset_slots, ignore_rule_only_turns, rule_only_data)
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
