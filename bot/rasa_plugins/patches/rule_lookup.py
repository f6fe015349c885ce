"""RulePolicy's rule lookup with each rule read once, and each distinct rule turn checked once per state.

To find the rules that fit the conversation, Rasa 3.6's `RulePolicy._get_possible_keys` filters all rule keys
turn by turn, newest first. For every key and turn it reads the key back (an lru_cache of json.loads), reverses
its states into a new list and compares the rule turn with the conversation's state field by field: about 380
checks per message, 8% of the Rasa server's CPU under cProfile (2026-12-05), while most rules share their turns
(the same intent after action_listen, the same form).

Here each rule key is read once into its reversed turns, each turn into a tuple of (state type, key, value)
checks; equal turns share one number, so for one conversation state each distinct turn is compared once. The
comparison is Rasa's own expression, in its order. The sets are built as Rasa builds them (the same filter over
the previous set, in its order), so `max(keys, key=len)` picks the same rule among rules of equal length.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rasa.core.policies.rule_policy import RulePolicy
from rasa.shared.core.constants import PREVIOUS_ACTION, SHOULD_NOT_BE_SET

from bot.rasa_plugins.patches.swap import replace

Checks = tuple[tuple[str, str, Any], ...]
# a rule turn: (its number among the policy's distinct turns, the previous action it asks for, its checks)
Turn = tuple[int, Any, Checks]
TABLE = "_intake_rule_turns"  # attribute on a RulePolicy: its RuleTurns (kept as long as the policy)


def checks_of(rule_state: dict[str, Any]) -> Checks:
    """A rule turn's comparisons, in Rasa's order; lists back to tuples as Rasa does (JSON has no tuples)."""
    return tuple(
        (state_type, key, tuple(value) if isinstance(value, list) else value)
        for state_type, sub_state in rule_state.items()
        for key, value in sub_state.items()
    )


def matches(checks: Checks, state: dict[str, Any]) -> bool:
    """`RulePolicy._does_rule_match_state` on a rule turn's checks."""
    for state_type, key, value_from_rules in checks:
        value_from_conversation = state.get(state_type, {}).get(key)
        if (
            value_from_rules
            and value_from_rules != SHOULD_NOT_BE_SET
            and value_from_conversation != value_from_rules
        ) or (
            value_from_rules == SHOULD_NOT_BE_SET
            and value_from_conversation
            and value_from_conversation != SHOULD_NOT_BE_SET
        ):
            return False
    return True


class RuleTurns:
    """One policy's rule keys read into turns, newest first; equal turns of different rules share a number."""

    def __init__(self) -> None:
        self.numbers: dict[Checks, int] = {}
        self.rules: dict[str, tuple[Turn, ...]] = {}

    def of(self, rule_key: str) -> tuple[Turn, ...]:
        turns = self.rules.get(rule_key)
        if turns is None:
            compiled = []
            for rule_state in reversed(RulePolicy._rule_key_to_state(rule_key)):
                checks = checks_of(rule_state)
                number = self.numbers.setdefault(checks, len(self.numbers))
                compiled.append((number, rule_state.get(PREVIOUS_ACTION), checks))
            turns = self.rules[rule_key] = tuple(compiled)
        return turns


def applicable(table: RuleTurns, turn_index: int, state: dict[str, Any]) -> Callable[[str], bool]:
    """`RulePolicy._is_rule_applicable` for one turn and state, remembering each distinct turn's answer."""
    current_previous_action = state.get(PREVIOUS_ACTION)
    answers: dict[int, bool] = {}

    def check(rule_key: str) -> bool:
        turns = table.of(rule_key)
        if turn_index >= len(turns):
            return True
        number, rule_previous_action, checks = turns[turn_index]
        if not rule_previous_action and not current_previous_action:
            return True
        if not rule_previous_action or not current_previous_action:
            return False
        answer = answers.get(number)
        if answer is None:
            answer = answers[number] = matches(checks, state)
        return answer

    return check


def get_possible_keys(self: RulePolicy, lookup: dict[str, str], states: list[dict[str, Any]]) -> set[str]:
    """Drop-in for `RulePolicy._get_possible_keys`: the same filter, turn by turn, over the same sets."""
    table = self.__dict__.get(TABLE)
    if table is None:
        table = self.__dict__[TABLE] = RuleTurns()
    possible_keys = set(lookup.keys())
    for i, state in enumerate(reversed(states)):
        possible_keys = set(filter(applicable(table, i, state), possible_keys))
    return possible_keys


def install() -> None:
    replace(RulePolicy, "_get_possible_keys", get_possible_keys)
