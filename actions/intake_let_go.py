"""A question the citizen does not answer is let go, not asked a fourth time: the optional detail is left
empty, the category is picked from the story for staff to check; a question they asked is answered first."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.category_help import pick_for_story
from actions.faq_reply import faq_reply
from actions.intake_turn import NoteKind, TurnResult
from actions.more_story import HINTS
from actions.slots import NON_ANSWER_INTENTS, NOT_PROVIDED, OPTIONAL_SLOTS, QUESTION_INTENTS
from actions.struggle import CHANGE_CATEGORY
from actions.turn_adapter import say_notes, slot_events
from actions.turn_replies import LET_GO_NOTE, unread_answers
from bot.domain.category import classify_category

MESSAGES_BEFORE_LET_GO = 2
# an optional question passed over this often, each time with other details told, is not asked a fourth time
PASSED_OVER_BEFORE_LET_GO = 2
CATEGORY_PICKED = "类别我先帮您归到“{}”，工作人员还会再核对；不合适的话点“换一类”，或者说“类别改成……”。"


def asked_too_often(tracker: Tracker, intent: str | None, updates: dict[str, Any]) -> bool:
    """Whether a question asked twice already gets a third message without its answer.

    An optional one counts questions back (answers that cannot be read are let go after the second one by
    `turn_replies.with_reprompt`); the category counts every message but stopping, a crisis, a correction or a
    progress check (after one such message already when this one told other details instead), and is then picked
    from the story."""
    slot = tracker.get_slot("requested_slot")
    needed = MESSAGES_BEFORE_LET_GO
    if slot == "category":
        counted = (
            tracker.get_slot("issue_text")
            and intent not in NON_ANSWER_INTENTS - QUESTION_INTENTS
            and intent not in ("thanks", "greet")  # a "谢谢" is no failed answer
        )
        if set(updates) - HINTS:
            # other details told instead, again: someone who goes on telling past the buttons (an elderly
            # writer) is not asked a third time; the class is picked from all that was told, for staff to check
            needed = 1
    else:
        counted = slot in OPTIONAL_SLOTS and intent in QUESTION_INTENTS
        # "就我", "郝金花", "134…" at the earlier-report question: a citizen who answers the next questions in their
        # own order, each time a detail not yet told, passes this one over; a third time, it is let go (a place or a
        # time said again, or more of the story, is no such answer: "株洲市荷塘区" again may come before the name)
        fresh = {
            told
            for told in set(updates) - HINTS - {slot, "issue_text"}
            if tracker.get_slot(told) in (None, "")
        }
        passed_over = slot in OPTIONAL_SLOTS and intent not in NON_ANSWER_INTENTS and bool(fresh)
        if passed_over:
            counted, needed = True, PASSED_OVER_BEFORE_LET_GO
    return bool(
        counted
        and slot not in updates
        and tracker.get_slot(slot) in (None, "")
        and unread_answers(tracker.events, slot, frozenset()) >= needed
    )


def let_go(
    dispatcher: CollectingDispatcher, tracker: Tracker, intent: str | None, text: str, result: TurnResult
) -> list[EventType]:
    """The question the citizen asked is answered; ours is not asked a fourth time: what is known stays."""
    answers = [note for note in result.notes if note.kind is NoteKind.ANSWER]
    if answers or intent in QUESTION_INTENTS:
        say_notes(dispatcher, answers or [faq_reply(intent, text)])
    slot = tracker.get_slot("requested_slot")
    if slot == "category":  # required: the class that fits the story best, which staff check
        value, buttons = (
            pick_for_story(tracker.get_slot("issue_text") or "", classify_category)[0],
            [CHANGE_CATEGORY],
        )
        dispatcher.utter_message(text=CATEGORY_PICKED.format(value), buttons=buttons)
    else:
        value = NOT_PROVIDED
        dispatcher.utter_message(text=LET_GO_NOTE)
    return [*slot_events(result), SlotSet(slot, value)]
