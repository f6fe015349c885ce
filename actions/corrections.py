"""Lets the citizen correct any detail at any point ("地址说错了，是…", "类别改成…，反映对象改成…").

`actions.correction_parse` says which details are named and what the new values are; `actions.correction_apply`
reads and applies them; this module is the action: what is said, and what a message that names nothing is
taken for (an answer, a question at the summary, a request to correct).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answer_beside_correction import asked_beside
from actions.correction_after_filing import filed_events
from actions.correction_apply import Applied, apply_corrections, clearing_events
from actions.correction_asides import files_after
from actions.correction_ask import ask_for_values
from actions.correction_class import CLASS_AGAIN, another_class_reply
from actions.correction_parse import CorrectionRequest, parse_corrections
from actions.correction_values import phone_part
from actions.crisis_followup import filed_matter
from actions.intake_logic import is_generic_reprompt
from actions.intake_turn import Turn
from actions.question_detect import detect_question
from actions.question_route import route_for_question
from actions.questions import answer_in_context
from actions.slots import SLOT_LABELS
from actions.summary import summary_word
from actions.summary_fix import read_corrections
from actions.turn_adapter import read_turn_safely, say_notes, slot_events, turn_from_tracker
from actions.turn_answers import carries_answer
from actions.turn_context import reading_text
from actions.turn_replies import CONFIRM_REMINDER


def _answers_during_intake(tracker: Tracker, turn: Turn) -> bool:
    """A message taken for a correction that names nothing to correct but answers the question the intake asked."""
    return (
        tracker.active_loop.get("name") == "intake_form"
        and not tracker.get_slot("awaiting_confirmation")
        and bool(turn.requested_slot)
        and carries_answer(turn, reading_text(turn.text))
    )


def _unread_answer(tracker: Tracker, turn: Turn, applied: Applied) -> bool:
    """A correction of the detail asked, not given yet, whose value reads only as that answer."""
    asked = turn.requested_slot
    return (
        not applied.updates
        and applied.to_ask_again == [asked]
        and not turn.slots.get(asked)
        and _answers_during_intake(tracker, turn)
    )


class CorrectDetail(Action):
    def name(self) -> str:
        return "action_correct_detail"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        turn = turn_from_tracker(tracker)
        entity_target = next(
            (e.get("value") for e in turn.entities if e.get("entity") == "correction_target"), None
        )
        requests = (
            [CorrectionRequest(entity_target, "")]
            if entity_target
            else read_corrections(turn.text, turn.slots)
        )
        applied = apply_corrections(requests, turn, entity_target)
        return self.events_for(dispatcher, tracker, turn, applied)

    @classmethod
    def tentative(cls, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType] | None:
        """The correction's events only when every value it names could be read; None (nothing said) otherwise.

        For a message that reads like a correction without saying so ("名字写全一点，叫向桂芝" at the summary):
        an unreadable value there must not empty a detail the citizen gave ("电话也可以打我老公的")."""
        turn = turn_from_tracker(tracker)
        requests = read_corrections(turn.text, turn.slots)
        if requests == [CLASS_AGAIN]:  # "换一类" typed: the classes told, the question asked goes on
            dispatcher.utter_message(text=another_class_reply(turn.slots.get("issue_text")))
            return []
        applied = apply_corrections(requests, turn)
        if not applied.updates or applied.to_ask_again:
            return None
        return cls.events_for(dispatcher, tracker, turn, applied)

    @classmethod
    def events_for(
        cls, dispatcher: CollectingDispatcher, tracker: Tracker, turn: Turn, applied: Applied
    ) -> list[EventType]:
        if _unread_answer(tracker, turn, applied):
            applied = (
                Applied()
            )  # "名字跟上次一样" at the name question: nothing on record to correct, it answers
        if not applied.updates and not applied.to_ask_again:
            if _answers_during_intake(tracker, turn):  # "就是刚才那个电话": read as the answer it is
                answer = read_turn_safely(replace(turn, intent="inform"))
                say_notes(dispatcher, answer.notes)
                return [SlotSet("awaiting_confirmation", False), *slot_events(answer)]
            if (asked := _asked_at_summary(tracker, turn)) is not None:  # "她一家不同意是不是就装不成了"
                dispatcher.utter_message(text=asked)
                dispatcher.utter_message(response="utter_ask_confirm")
                return [SlotSet("awaiting_confirmation", True)]
            if tracker.get_slot("awaiting_confirmation") and summary_word(turn.text) == "no_need":
                # "不用" / "不用寄" at a summary shown without the question it answers: nothing to change, not a "no"
                dispatcher.utter_message(text=CONFIRM_REMINDER)
                return [SlotSet("awaiting_confirmation", True)]
            # "需要修改": nothing changes yet; after the summary the bot waits for the answer
            # (rules/intake.yml), during the intake the form asks its question again
            dispatcher.utter_message(response="utter_ask_which_to_correct")
            return [SlotSet("awaiting_confirmation", bool(tracker.get_slot("awaiting_confirmation")))]

        filed = filed_matter(tracker)
        if filed:
            return filed_events(dispatcher, tracker, filed, applied)
        if _asks_values_only(tracker, applied):  # "地址和电话都错了": asked for once, nothing wiped
            dispatcher.utter_message(text=ask_for_values(applied.named_only))
            return [SlotSet("awaiting_confirmation", True)]
        events: list[EventType] = [SlotSet("awaiting_confirmation", False)]
        for sentence in applied.said:
            dispatcher.utter_message(text=sentence)
        if (answer := asked_beside(turn, tracker)) is not None:
            dispatcher.utter_message(text=answer)  # "人数写我爸一个就行 复议要我爸本人去吗"
        events += [SlotSet(slot, value) for slot, value in applied.updates.items()]
        if tracker.get_slot("awaiting_confirmation") and not applied.to_ask_again and files_after(turn.text):
            # "此前反映情况写没有 其他对了 提交": changed, then filed as asked
            return [*events, SlotSet("awaiting_confirmation", True), FollowupAction("action_file_case")]
        for slot in applied.to_ask_again:
            if slot in applied.updates:
                continue
            cls._explain_unreadable(dispatcher, turn, slot)
            events += [e for e in clearing_events(slot) if e["name"] not in applied.updates]
        return events

    @staticmethod
    def _explain_unreadable(dispatcher: CollectingDispatcher, turn: Turn, slot: str) -> None:
        """A specific reason ("号码不完整") helps; "没太看懂" after just "时间" would not."""
        request = next((r for r in parse_corrections(turn.text) if r.slot == slot and r.value), None)
        if request is not None and phone_part(request.value):
            dispatcher.utter_message(text="只改几位的话我对不上号，请把完整的电话号码再说一遍。")
        elif request is not None:
            reading = Turn(
                text=request.value, intent="inform", slots=dict(turn.slots), requested_slot=slot, now=turn.now
            )
            notes = read_turn_safely(reading).notes
            say_notes(dispatcher, [n for n in notes if not is_generic_reprompt(n)][:1])
        dispatcher.utter_message(text=f"好的，我们重新填一下{SLOT_LABELS[slot]}。")


def _asked_at_summary(tracker: Tracker, turn: Turn) -> str | None:
    """A question at the summary taken for a no ("一家不同意是不是就装不成了"): its answer, the summary kept."""
    if not tracker.get_slot("awaiting_confirmation"):
        return None
    kind = detect_question(turn.text)
    if kind is None:
        return None
    route = route_for_question(kind, tracker.slots)
    return answer_in_context(kind, turn.text, tracker.get_slot("issue_text"), route=route)


def _asks_values_only(tracker: Tracker, applied: Applied) -> bool:
    """At the summary, two details or more named wrong with no new value for any of them."""
    return (
        bool(tracker.get_slot("awaiting_confirmation"))
        and not applied.updates
        and len(applied.named_only) > 1
        and set(applied.to_ask_again) == set(applied.named_only)
    )
