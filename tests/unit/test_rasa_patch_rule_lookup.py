"""RulePolicy's rule lookup (bot.rasa_plugins.patches.rule_lookup) finds the same rules as Rasa's own, in the
same set order, on many random rules and conversation states: starters, rules longer than the history,
"should not be set" values, tuples read back from JSON lists, and rules that share their turns."""

from __future__ import annotations

import json
import random

import pytest
from rasa.core.policies.rule_policy import RulePolicy
from rasa.shared.core.constants import PREVIOUS_ACTION, SHOULD_NOT_BE_SET, USER

from bot.rasa_plugins.patches import rule_lookup
from bot.rasa_plugins.patches.swap import restore_all

ACTIONS = ["action_listen", "intake_form", "utter_greet", "action_answer_question"]
INTENTS = ["greet", "tell_problem", "inform", "ask_progress", "affirm"]
SLOTS = ["requested_slot", "phone", "anonymous"]


def _sub_state(rng: random.Random, kind: str) -> dict:
    if kind == PREVIOUS_ACTION:
        return {"action_name": rng.choice(ACTIONS)}
    if kind == USER:
        sub = {"intent": rng.choice(INTENTS)}
        if rng.random() < 0.3:
            sub["entities"] = rng.choice([("date",), ("date", "place"), SHOULD_NOT_BE_SET])
        return sub
    if kind == "slots":
        return {
            slot: rng.choice([(1.0,), (0.0,), SHOULD_NOT_BE_SET, (1.0, 0.0)]) for slot in rng.sample(SLOTS, 2)
        }
    return {"name": rng.choice(["intake_form", SHOULD_NOT_BE_SET, None])}


def _state(rng: random.Random, starter: bool = False) -> dict:
    kinds = [USER, "slots", "active_loop"] if starter else [PREVIOUS_ACTION, USER, "slots", "active_loop"]
    return {kind: _sub_state(rng, kind) for kind in kinds if kind == PREVIOUS_ACTION or rng.random() < 0.7}


def _rules(rng: random.Random, count: int) -> dict[str, str]:
    """Rule keys as Rasa stores them (JSON, so tuples become lists), many sharing turns."""
    turns = [_state(rng) for _ in range(12)] + [_state(rng, starter=True) for _ in range(3)]
    lookup = {}
    while len(lookup) < count:
        states = [rng.choice(turns) for _ in range(rng.randint(1, 4))]
        lookup[json.dumps(states, sort_keys=True)] = rng.choice(ACTIONS)
    return lookup


@pytest.fixture()
def policy():
    return RulePolicy.__new__(RulePolicy)  # the lookup reads no configuration


def test_the_same_rules_in_the_same_order_as_rasas(policy) -> None:
    rng = random.Random(17)
    found_some = found_none = 0
    for _ in range(40):
        lookup = _rules(rng, 60)
        known = [state for key in rng.sample(list(lookup), 5) for state in json.loads(key)]
        for _ in range(25):
            length = rng.randint(1, 6)
            states = [rng.choice(known) if rng.random() < 0.7 else _state(rng) for _ in range(length)]
            if rng.random() < 0.3:
                states[0] = _state(rng, starter=True)
            rasas = list(RulePolicy._get_possible_keys(policy, lookup, states))
            ours = list(rule_lookup.get_possible_keys(policy, lookup, states))
            assert ours == rasas
            found_some += bool(ours)
            found_none += not ours
    assert found_some > 100 and found_none > 100  # both outcomes are exercised


def test_equal_turns_are_compared_once_per_state(policy, monkeypatch) -> None:
    turn = {PREVIOUS_ACTION: {"action_name": "action_listen"}, USER: {"intent": "greet"}}
    lookup = {
        json.dumps([turn, {**turn, "slots": {"phone": [1.0]}}][: n + 1] + [{}] * n): "x" for n in range(3)
    }
    calls = []
    real = rule_lookup.matches
    monkeypatch.setattr(
        rule_lookup, "matches", lambda checks, state: calls.append(checks) or real(checks, state)
    )
    rule_lookup.get_possible_keys(policy, lookup, [turn])
    assert len(calls) == len(set(calls)) < len(lookup)


def test_installed_in_place_of_rasas_and_restored() -> None:
    rasas = RulePolicy._get_possible_keys
    try:
        rule_lookup.install()
        assert RulePolicy._get_possible_keys is rule_lookup.get_possible_keys
    finally:
        restore_all()
    assert RulePolicy._get_possible_keys is rasas
