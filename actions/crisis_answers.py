"""The answer a frightened citizen gives in the same breath as the fear: "陈秀英 电话187… 他要是放出来晚上再来咋办"
at the name question gets the advice for the fear, and the name and phone are kept, not asked again."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions.turn_adapter import read_tracker_turn

# the questions whose answer a fear said beside it does not change: who the citizen is, how to reach them, and
# where (a county and street said again with the knife at the door, at the place question)
ANSWERED_BESIDE_A_FEAR = frozenset(
    {"petitioner_name", "phone", "address", "people_count", "occurred_at", "location"}
)
# who the citizen is and how to reach them, said ahead at any other question (a name beside a phone, with "他再来咋办")
IDENTITY = frozenset({"petitioner_name", "phone", "contact_note"})
KEPT = ANSWERED_BESIDE_A_FEAR | IDENTITY | {"location_code"}


def answers_beside_fear(tracker: Tracker) -> list[SlotSet]:
    """The details the message gives for the question asked (and a phone said with it), during an intake."""
    requested = tracker.get_slot("requested_slot")
    # the party on record given its whole name ("就是张二娃 大名叫张志明 他今晚又来咋办"), at any question
    refined = {"respondent"} if tracker.get_slot("respondent") else set()
    kept = (KEPT if requested in ANSWERED_BESIDE_A_FEAR else IDENTITY) | refined
    if not tracker.active_loop.get("name"):
        return []
    result = read_tracker_turn(tracker, intent="inform")  # the fear's intent would read nothing beside it
    return [SlotSet(slot, value) for slot, value in result.updates.items() if slot in kept and value]
