"""The one adapter between Rasa and the pure turn reader: tracker in, TurnResult out, never an exception.

Every action that reads the citizen's latest message calls `read_tracker_turn`; `say_notes` says what the
reader noted. If reading fails anyway, the failure is logged without the message (it may hold a phone or
an ID number), the citizen is told honestly and no slot changes, so nothing already said is lost.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import services
from actions.intake_logic import read_turn
from actions.intake_turn import Note, NoteKind, Turn, TurnResult, may_set
from actions.intent_words import holds_no_ack
from actions.matter_kind import read_matter_kind
from actions.phone_pieces import said_since_asked
from actions.question_again import complains_unanswered, last_question, said_since_filing
from actions.question_detect import detect_question
from actions.question_first import with_story_held
from actions.same_as_before import name_given_earlier
from actions.slots import NON_ANSWER_INTENTS, QUESTION_INTENTS
from actions.story_before import story_told_before
from actions.turn_answers import carries_answer
from actions.turn_context import reading_text
from actions.turn_replies import READ_FAILED, WARM_ACKS, unread_answers
from actions.unsure_reading import unsure_intent
from bot.domain.category import classify_category
from bot.domain.text import to_halfwidth
from bot.parsing.address import read_address_answer
from bot.parsing.contact_note import extract_contact_note
from bot.parsing.phone import extract_own_phone, is_valid_phone, latest_own_phone, refers_to_phone_said

log = logging.getLogger(__name__)


def reading_intent(message: dict[str, Any], requested_slot: str | None, slots: dict[str, Any]) -> str | None:
    """The intent the turn is read with: the classifier's, unless the words plainly say otherwise.

    A question that carries the answer asked for (a phone at the phone question, a name at the name question)
    is read as an answer too; a message the classifier fell back on is read by `unsure_intent`."""
    intent = (message.get("intent") or {}).get("name")
    text = message.get("text") or ""
    if requested_slot and intent in WARM_ACKS and holds_no_ack(text):
        return "inform"  # "滴滴出行平台" at the respondent question is no "好的"
    if intent in QUESTION_INTENTS and requested_slot:
        probe = Turn(text=text, intent="inform", slots=slots, requested_slot=requested_slot)
        if carries_answer(probe, reading_text(text)) or _declines_address(text, requested_slot):
            return "inform"
    if intent == "nlu_fallback":
        return unsure_intent(message, requested_slot)
    return intent


def _declines_address(text: str, requested_slot: str) -> bool:
    """ "不留 怕他看到" at the address question is a refusal with its reason, not a question about privacy."""
    if requested_slot != "address" or detect_question(text) is not None:
        return False
    answer = read_address_answer(reading_text(text))
    return answer is not None and answer.refused


def answers_the_question_asked(tracker: Tracker) -> bool:
    """A message taken for a question that asks nothing and gives what the intake asked ("没有电话 我不会用" at the
    phone question): the intake reads it, no FAQ answer goes before."""
    message = tracker.latest_message or {}
    requested = tracker.get_slot("requested_slot")
    if tracker.active_loop.get("name") != "intake_form" or not requested:
        return False
    text = message.get("text") or ""
    asks = detect_question(text) is not None or any(mark in text for mark in "?？吗")
    return not asks and reading_intent(message, requested, dict(tracker.slots)) == "inform"


def turn_from_tracker(tracker: Tracker, correcting: str | None = None) -> Turn:
    message = tracker.latest_message or {}
    requested = correcting or tracker.get_slot("requested_slot")
    return Turn(
        text=message.get("text") or "",
        intent=reading_intent(message, requested, dict(tracker.slots)),
        slots=dict(tracker.slots),
        requested_slot=tracker.get_slot("requested_slot"),
        entities=list(message.get("entities") or []),
        now=services.now_local(),
        correcting=correcting,
        metadata=latest_user_metadata(tracker.events),
        unread_before=unread_answers(
            tracker.events, correcting or tracker.get_slot("requested_slot"), NON_ANSWER_INTENTS
        ),
        place_said=place_message(tracker.events)
        if requested in ("address", "location", "respondent")
        else "",
        said_before=said_since_asked(tracker.events, requested) if requested == "phone" else (),
        phone_said_earlier=_phone_said_earlier(tracker, message.get("text"), requested),
        asked_earlier=last_question(tracker.events) if complains_unanswered(message.get("text")) else "",
        told_before="" if tracker.get_slot("issue_text") else story_told_before(tracker.events),
        said_earlier=said_since_filing(tracker.events),
        name_said_earlier=name_given_earlier(tracker.events) if requested == "petitioner_name" else "",
    )


def _phone_said_earlier(tracker: Tracker, text: str | None, requested: str | None) -> str:
    """The number the citizen gave earlier in the conversation, when the phone is asked and the message points
    back to it ("就是刚才那个电话" after "电话是13574129865 你帮我查一下"): the one kept for a check, else the latest
    in the messages (stored messages have their numbers masked, so the slot is what usually holds it)."""
    if requested != "phone" or not refers_to_phone_said(text):
        return ""
    kept = tracker.get_slot("progress_phone")
    if isinstance(kept, str) and is_valid_phone(kept):
        return kept
    # the number a progress check used, its slot emptied once the check was done ("刚才那个139的")
    checked = [
        event.get("value")
        for event in tracker.events
        if event.get("event") == "slot" and event.get("name") in ("progress_phone", "phone")
    ]
    prefix = re.search(r"\d{3,4}", to_halfwidth(text or ""))
    for number in reversed(checked):
        if (
            isinstance(number, str)
            and is_valid_phone(number)
            and (not prefix or number.startswith(prefix.group()))
        ):
            return number
    said = [event.get("text") or "" for event in tracker.events if event.get("event") == "user"][:-1]
    return latest_own_phone(said) or ""


def place_message(events: list[dict[str, Any]]) -> str:
    """The citizen's message that last set the matter's place ("广州市海珠区 江南中街 富力海珠城 三栋")."""
    said, told = "", ""
    for event in events:
        if event.get("event") == "user":
            said = event.get("text") or ""
        elif event.get("event") == "slot" and event.get("name") == "location" and event.get("value"):
            told = said
    return told


def latest_user_metadata(events: list[dict[str, Any]]) -> dict[str, Any]:
    for event in reversed(events):
        if event.get("event") == "user":
            return event.get("metadata") or {}
    return {}


def read_tracker_turn(
    tracker: Tracker,
    *,
    correcting: str | None = None,
    text: str | None = None,
    intent: str | None = None,
) -> TurnResult:
    """The latest message read for the intake. `correcting` names the detail being corrected (it is then
    the question asked), `text` replaces the message (the new value of a correction), `intent` the intent."""
    turn = turn_from_tracker(tracker, correcting)
    if correcting:
        turn.requested_slot = correcting
    if text is not None:
        turn = replace(turn, text=text)
    if intent is not None:
        turn = replace(turn, intent=intent)
    if text is None and intent is None:  # the matter a question told first is read once the citizen goes on
        return with_story_held(turn, read_turn_safely)
    return read_turn_safely(turn)


def read_turn_safely(turn: Turn) -> TurnResult:
    try:
        return read_turn(turn, services.gazetteer(), classify_category)
    except Exception as exc:  # noqa: BLE001 - no message may crash an action
        log.error("reading a turn failed: %s (requested %s)", type(exc).__name__, turn.requested_slot)
        return TurnResult(notes=[Note(READ_FAILED, NoteKind.PROBLEM)], failed=["read_turn"])


def say_notes(dispatcher: CollectingDispatcher, notes: list[Note | str]) -> None:
    for note in notes:
        if isinstance(note, str):  # plain text added by a caller
            dispatcher.utter_message(text=note)
        elif note.response:
            dispatcher.utter_message(response=note.response)
        else:
            dispatcher.utter_message(text=note.text)


def slot_events(result: TurnResult) -> list[SlotSet]:
    return [SlotSet(slot, value) for slot, value in result.updates.items()]


def story_events(tracker: Tracker, text: str | None = None) -> list[SlotSet]:
    """A story read as just told, for an intake about to start: what the readers take of it (place, time, who,
    phone …) and the matter's kind. `text` replaces the latest message and is kept as the story, as told."""
    result = read_tracker_turn(tracker, text=text, intent="tell_problem")
    if text is not None:
        result.updates["issue_text"] = text.strip()  # whatever the readers took
    kind = read_matter_kind(tracker.slots, result.updates)
    return [*slot_events(result), *(SlotSet(slot, value) for slot, value in kind.updates.items())]


def answered_a_question(result: TurnResult) -> bool:
    """The message asked something and the reader answered it: the form keeps the turn and asks again."""
    return result.has(NoteKind.ANSWER)


def contact_details(tracker: Tracker) -> list[SlotSet]:
    """The phone and when to call, from the latest message whatever its intent.

    A crisis message ("13880412376，白天打，晚上我老公在家别打") gets the crisis reply, not the form; the
    crisis action adds these events so the number and the safe-time instruction are not lost.
    """
    turn = turn_from_tracker(tracker)
    number = extract_own_phone(turn.text)
    if not number or not may_set(turn, "phone"):
        return []
    note = extract_contact_note(turn.text)
    return [SlotSet("phone", number), *([SlotSet("contact_note", note)] if note else [])]
