"""One replay of a tracker's history for all the policies, continued while the conversation only grows.

Rasa's `Domain.states_for_tracker_history` replays the tracker's applied events on a fresh copy
(`generate_all_prior_trackers`) and takes the domain's active state before each action, for every policy
and every prediction. The state depends only on the events before it, so one replay serves both kinds of
history: every turn (RulePolicy) and rule-only turns hidden (MemoizationPolicy, TED; for each
`rule_only_data`). The replay is kept on the tracker and continued with the new events when the events
applied before are still the first ones applied now (the same objects, in order); after an undo, a restart or
a form's next turn (which folds the turn before out of the applied events) it starts again from the beginning.
Each step below is Rasa 3.6.21's own, in its order.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from rasa.shared.core.constants import PREVIOUS_ACTION
from rasa.shared.core.events import ActionExecuted, Event
from rasa.shared.core.trackers import DialogueStateTracker

REPLAY = "_intake_history_replay"  # attribute on a tracker: its Replay
State = dict[str, Any]


def copy_states(states: list[State]) -> list[State]:
    """New state dicts with new sub-state dicts (the values inside are strings and tuples); a sub-state that
    several states share (Rasa's rule-only substitution) stays shared between their copies."""
    copies: dict[int, Any] = {}

    def part(value: Any) -> Any:
        if not isinstance(value, dict):
            return value
        if id(value) not in copies:
            copies[id(value)] = dict(value)
        return copies[id(value)]

    return [{key: part(value) for key, value in state.items()} for state in states]


def frozen(rule_only_data: dict[str, Any] | None) -> str | None:
    return None if rule_only_data is None else json.dumps(rule_only_data, sort_keys=True, default=repr)


@dataclass
class Hidden:
    """The states with rule-only turns hidden for one `rule_only_data`, and what Rasa carries between turns."""

    rule_only_data: dict[str, Any] | None
    states: list[State] = field(default_factory=list)
    last_ml_action: Any = None
    hidden: bool = False

    def step(self, domain: Any, replica: DialogueStateTracker, hide: bool, active: State) -> None:
        """Rasa's loop body with `ignore_rule_only_turns` for the turn before the next event."""
        if not self.hidden:
            self.last_ml_action = domain._get_prev_action_sub_state(replica)
        if not replica.followup_action and replica.latest_action_name != replica.active_loop_name:
            self.hidden = hide
        if self.hidden:
            return
        state = {key: dict(part) if isinstance(part, dict) else part for key, part in active.items()}
        domain._remove_rule_only_features(state, self.rule_only_data)
        if self.states:
            domain._substitute_rule_only_user_input(state, self.states[-1])
        if self.last_ml_action:
            state[PREVIOUS_ACTION] = self.last_ml_action
        self.states.append(domain._clean_state(state))

    def with_last_turn(self, domain: Any, replica: DialogueStateTracker, active: State) -> list[State]:
        last = Hidden(self.rule_only_data, list(self.states), self.last_ml_action, self.hidden)
        last.step(domain, replica, False, active)
        return last.states


@dataclass
class Replay:
    """A tracker's applied events replayed on a copy, with the states before each action so far."""

    domain: Any
    omit_unset_slots: bool
    replica: DialogueStateTracker
    applied: list[Event] = field(default_factory=list)
    states: list[State] = field(default_factory=list)
    hidden: dict[str | None, Hidden] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)  # the tracker's events when `applied` was read

    def applied_events(self, tracker: DialogueStateTracker) -> list[Event]:
        """The tracker's applied events; read again only if its events are not the same objects as last time."""
        if len(self.events) == len(tracker.events) and all(
            old is new for old, new in zip(self.events, tracker.events, strict=True)
        ):
            return self.applied
        return tracker.applied_events()

    def continues(self, domain: Any, omit_unset_slots: bool, applied: list[Event], variant: Any) -> bool:
        return (
            self.domain is domain
            and self.omit_unset_slots == omit_unset_slots
            and (variant is None or variant[0] in self.hidden)
            and len(applied) >= len(self.applied)
            and all(old is new for old, new in zip(self.applied, applied, strict=False))
        )

    def active_state(self) -> State:
        return self.domain.get_active_state(self.replica, omit_unset_slots=self.omit_unset_slots)

    def advance(self, applied: list[Event]) -> None:
        for event in applied[len(self.applied) :]:
            if isinstance(event, ActionExecuted):
                active = self.active_state()
                self.states.append(self.domain._clean_state(active))
                for hidden in self.hidden.values():
                    hidden.step(self.domain, self.replica, event.hide_rule_turn, active)
            self.replica.update(event)
        self.applied = applied


def replayed_states(
    tracker: DialogueStateTracker,
    domain: Any,
    omit_unset_slots: bool = False,
    ignore_rule_only_turns: bool = False,
    rule_only_data: dict[str, Any] | None = None,
) -> list[State]:
    """What `Domain.states_for_tracker_history` returns, from the tracker's replay."""
    omit_unset_slots = bool(omit_unset_slots)
    variant = (frozen(rule_only_data), rule_only_data) if ignore_rule_only_turns else None
    replay = getattr(tracker, REPLAY, None)
    applied = tracker.applied_events() if replay is None else replay.applied_events(tracker)
    if replay is None or not replay.continues(domain, omit_unset_slots, applied, variant):
        known = {} if replay is None else {k: h.rule_only_data for k, h in replay.hidden.items()}
        replay = Replay(domain, omit_unset_slots, tracker.init_copy())
        if variant is not None:
            known[variant[0]] = variant[1]
        replay.hidden = {key: Hidden(data) for key, data in known.items()}
    replay.advance(applied)
    replay.events = list(tracker.events)
    setattr(tracker, REPLAY, replay)
    active = replay.active_state()
    if variant is None:
        return copy_states([*replay.states, domain._clean_state(active)])
    return copy_states(replay.hidden[variant[0]].with_last_turn(domain, replay.replica, active))
