"""Corrections once the case is filed: the filed case itself is changed, or the citizen hears that staff change
it; no new intake starts."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answer_beside_correction import asked_beside
from actions.correction_apply import Applied, apply_corrections
from actions.correction_filed import (
    FILED_CHANGED,
    FILED_NOT_CHANGED,
    kept_for_next_case,
    update_filed_case,
)
from actions.correction_parse import parse_corrections
from actions.turn_adapter import turn_from_tracker


def filed_events(
    dispatcher: CollectingDispatcher, tracker: Tracker, number: str, applied: Applied
) -> list[EventType]:
    """A correction after filing: the filed case changes with the details, or the citizen hears that staff
    change it."""
    changed = bool(applied.said) and update_filed_case(number, tracker.sender_id, applied.updates)
    if changed:
        for sentence in applied.said:
            dispatcher.utter_message(text=sentence)
        dispatcher.utter_message(text=FILED_CHANGED.format(number=number))
        if (answer := asked_beside(turn_from_tracker(tracker), tracker)) is not None:
            dispatcher.utter_message(text=answer)  # a question beside it is answered after filing too
    else:
        dispatcher.utter_message(text=FILED_NOT_CHANGED.format(number=number))
    kept = kept_for_next_case(applied.updates) if changed else {}
    events: list[EventType] = [SlotSet(slot, value) for slot, value in kept.items()]
    return [SlotSet("awaiting_confirmation", False), *events, FollowupAction("action_listen")]


def filed_details_changed(tracker: Tracker, number: str) -> str | None:
    """A detail of the case just filed put right in a message the classifier took for a new story ("对象不光组长
    还有会计 …"): the reply when every detail it names was read and changed in case `number`; None (nothing
    changed) when a value cannot be read or the case store says no."""
    turn = turn_from_tracker(tracker)
    applied = apply_corrections(parse_corrections(turn.text), turn)
    if not applied.said or applied.to_ask_again:
        return None
    if not update_filed_case(number, tracker.sender_id, applied.updates):
        return None
    answer = asked_beside(turn, tracker)  # "人数写我爸一个就行 复议要他本人去吗": the question too
    return "\n".join([*applied.said, FILED_CHANGED.format(number=number), *([answer] if answer else [])])
