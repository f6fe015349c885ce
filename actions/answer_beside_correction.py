"""The answer to the question asked, given in the same message as a correction of another detail."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from actions.intake_turn import Turn
from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind
from actions.question_route import route_for_question
from actions.questions import answer_in_context
from actions.slots import NOT_PROVIDED
from actions.turn_adapter import read_tracker_turn

# details whose answer cannot be mistaken for the correction's words: a respondent or an address asked would take
# "工地不在鄞州区 是在北仑区" whole
READ_BESIDE = frozenset({"phone"})


def answer_beside_correction(tracker: Tracker, corrected: list[EventType]) -> list[EventType]:
    """ "名字就写周吧 电话18080532196" at the phone question: the name is corrected, and the phone it gives is the
    answer asked for, never lost. Only the detail asked is taken from the rest of the message."""
    asked = tracker.get_slot("requested_slot")
    if (
        asked not in READ_BESIDE
        or tracker.get_slot("awaiting_confirmation")
        or tracker.get_slot(asked) not in (None, "")
    ):
        return []
    if any(_sets(event, asked) for event in corrected):
        return []
    value = read_tracker_turn(tracker, intent="inform").updates.get(asked)
    return [] if value in (None, "", NOT_PROVIDED) else [SlotSet(asked, value)]


def _sets(event: Any, slot: str) -> bool:
    return isinstance(event, dict) and event.get("event") == "slot" and event.get("name") == slot


def asked_beside(turn: Turn, tracker: Tracker) -> str | None:
    """The answer to a question asked beside the correction ("复议要我爸本人去吗"), when we have one."""
    kind = detect_question(turn.text)
    if kind in (None, QuestionKind.OTHER):
        return None
    route = route_for_question(kind, tracker.slots)
    return answer_in_context(kind, turn.text, tracker.get_slot("issue_text"), route=route)
