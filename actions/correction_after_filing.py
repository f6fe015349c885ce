"""A detail of the case just filed put right in a message the classifier took for a new story ("对象不光组长 还有
会计 …"): the filed case itself is changed, as a correction the classifier recognised would change it."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.answer_beside_correction import asked_beside
from actions.correction_filed import FILED_CHANGED, update_filed_case
from actions.correction_parse import parse_corrections
from actions.corrections import apply_corrections
from actions.turn_adapter import turn_from_tracker


def filed_details_changed(tracker: Tracker, number: str) -> str | None:
    """The reply when every detail the latest message names was read and changed in case `number`; None (nothing
    changed) when a value cannot be read or the case store says no."""
    turn = turn_from_tracker(tracker)
    applied = apply_corrections(parse_corrections(turn.text), turn)
    if not applied.said or applied.to_ask_again:
        return None
    if not update_filed_case(number, tracker.sender_id, applied.updates):
        return None
    answer = asked_beside(turn, tracker)  # "人数写我爸一个就行 复议要他本人去吗": the question too
    return "\n".join([*applied.said, FILED_CHANGED.format(number=number), *([answer] if answer else [])])
