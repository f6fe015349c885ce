"""Questions mid-way, stopping, crisis, hand-off and messages the bot cannot read."""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher

from actions import services
from actions.consultation import (
    consultation_answer,
    consultation_before,
    county_of,
    earlier_user_texts,
    follow_up_answer,
    is_consultation,
    names_service,
)
from actions.correction_parse import is_explicit_correction
from actions.corrections import CorrectDetail
from actions.intake_turn import TurnResult
from actions.intent_words import asks_for_human
from actions.matter_kind import read_matter_kind, tells_a_story
from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind
from actions.questions import answer_for, own_answer
from actions.route_slots import likely_route
from actions.slots import INTAKE_SLOTS, NOT_PROVIDED
from actions.struggle import frustration_answer, sounds_frustrated, speaks_of_going_higher
from actions.turn_adapter import read_tracker_turn, say_notes, slot_events
from actions.unclear_replies import PINYIN_REPLY, looks_like_pinyin, lost_number_followup, unclear_reply
from bot.domain import text as textutil
from bot.domain.knowledge import faq_answer
from bot.domain.routing import RouteDecision

FAQ_BY_INTENT = {
    "ask_what_is_petition": "what_is_petition",
    "ask_channels": "channels",
    "ask_next_steps": "next_steps",
    "ask_duration": "how_long",
    "ask_privacy": "why_personal_info",
}
# a question about the process that speaks of going to court gets the answer on 诉讼与信访分离
LITIGATION_WORDS = re.compile(r"打官司|起诉|法院|诉讼|律师|法律援助|判决|上诉|再审|仲裁|复议|时效")
LITIGATION_QUESTION_INTENTS = frozenset(
    {"ask_channels", "ask_next_steps", "ask_what_is_petition", "ask_duration"}
)
# "我对处理意见不满意，还能怎么办？" is answered with 复查 and 复核, not with what happens after filing
DISSATISFIED = re.compile(r"不满意|不服|复查|复核")


CRISIS_INTENT_KINDS = {
    "self_harm": "self_harm",
    "threat_violence": "violence",
    "domestic_violence": "domestic_violence",
}


def latest_intent(tracker: Tracker) -> str | None:
    return (tracker.latest_message.get("intent") or {}).get("name")


def faq_key(intent: str | None, text: str) -> str | None:
    """The FAQ entry that answers a question of this intent, or None when the intent asks none."""
    clean = textutil.normalize_for_parsing(text)
    if intent in LITIGATION_QUESTION_INTENTS and DISSATISFIED.search(clean):
        return "how_long"  # 复查 and 复核, with their 30-day limits
    if intent in LITIGATION_QUESTION_INTENTS and LITIGATION_WORDS.search(clean):
        return "litigation"
    return FAQ_BY_INTENT.get(intent or "")


def specific_answer(text: str, *, questions: bool = True, route: RouteDecision | None = None) -> str | None:
    """The answer a message asks for whatever the classifier made of it: going over the office's head, anger,
    how to get something done, or (`questions`) a question the knowledge file answers; None for none of these.
    `route`: the one the story already points to, whose next steps answer going higher."""

    # "能不能直接去北京上访？": answered with what 第20条 says about where visits go; plain anger without it
    higher = speaks_of_going_higher(text)
    if higher or sounds_frustrated(text):
        return frustration_answer(route, going_higher=higher)
    # "要带啥材料" names no service: what to bring to report a matter, not a desk to ask
    if is_consultation(text) and (names_service(text) or detect_question(text) is not QuestionKind.MATERIALS):
        return consultation_answer(text)
    return answer_for(text) if questions else None


def faq_reply(
    intent: str | None, text: str, route: RouteDecision | None = None, story: str | None = None
) -> str:
    """The answer to a question the classifier read as one of the FAQ intents; `story`, the matter told so far."""
    # "你们到底管不管？" wants an answer, not a definition of 信访
    return (
        specific_answer(text, questions=False, route=route)
        or own_answer(text, story)  # "这个归哪个部门管？" read as a question about channels
        or faq_answer(faq_key(intent, text) or "what_is_petition")
    )


def consultation_follow_up(tracker: Tracker) -> str | None:
    """ "那要带啥材料" right after a question about getting something done: answered for that service."""
    before = consultation_before(tracker.slots, earlier_user_texts(tracker))
    if before is None:
        return None
    place = county_of(tracker.get_slot("location_code"), services.gazetteer())
    return follow_up_answer(before, tracker.latest_message.get("text") or "", place)


def runner_up_intent(tracker: Tracker) -> str | None:
    """The best-ranked intent that is not a crisis one (what a guessed crisis message most likely was)."""
    for entry in tracker.latest_message.get("intent_ranking") or []:
        name = entry.get("name")
        if name and name not in CRISIS_INTENT_KINDS and name != "nlu_fallback":
            return name
    return None


class AnswerFaq(Action):
    """Answers from the knowledge file; a form that was running simply goes on afterwards."""

    def name(self) -> str:
        return "action_answer_faq"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:

        text = tracker.latest_message.get("text") or ""
        route = likely_route(dict(tracker.slots))  # "能不能直接去北京": that route's next steps
        story = tracker.get_slot("issue_text")
        answer = consultation_follow_up(tracker) or faq_reply(latest_intent(tracker), text, route, story)
        dispatcher.utter_message(text=answer)
        if tracker.active_loop.get("name") == "intake_form":  # a progress query simply asks again
            dispatcher.utter_message(response="utter_intake_resumed")
        return []


class Handoff(Action):
    def name(self) -> str:
        return "action_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        if tracker.active_loop.get("name") == "intake_form" and not asks_for_human(text):
            # "跟美团客服投诉了" at the earlier-reports question: an answer naming a 客服, not a request
            result = read_tracker_turn(tracker, intent="inform")
            say_notes(dispatcher, result.notes)
            return slot_events(result)
        dispatcher.utter_message(
            text="好的，我已经记下您想找工作人员。工作人员会在工作时间查看这段对话并联系您；"
            "着急的话，也可以直接拨打当地信访部门公布的电话，或者12345政务服务便民热线。"
        )
        if tracker.active_loop.get("name"):
            dispatcher.utter_message(response="utter_intake_resumed")
        return [SlotSet("handoff_requested", True)]


class StopIntake(Action):
    """Stops whatever form is running. What was said is kept, so coming back later loses nothing."""

    def name(self) -> str:
        return "action_stop_intake"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        loop = tracker.active_loop.get("name")
        answered = answer_taken_for_stop(tracker) if loop == "intake_form" else None
        if answered is not None:  # "十月份取消的": what was done to them, not a wish to stop
            say_notes(dispatcher, answered.notes)
            return [*slot_events(answered), FollowupAction("intake_form")]
        if loop == "intake_form" and tracker.get_slot("issue_text"):
            dispatcher.utter_message(
                text="好的，先不登记了，您说过的内容我先留着。想继续的时候，跟我说“我还要反映”就行。"
            )
        else:
            dispatcher.utter_message(text="好的，先到这里。有需要随时找我。")
        return [
            ActiveLoop(None),
            SlotSet("requested_slot", None),
            SlotSet("progress_case_number", None),
            SlotSet("progress_phone", None),
            SlotSet("intake_paused", None),
            SlotSet("more_matters", None),
            SlotSet("pending_matters", None),
        ]


# a wish to stop said in so many words; "取消" alone may be what happened ("低保十月份取消的")
_PLAIN_STOP = re.compile(
    r"不(?:想|愿意?|打算)?(?:登记|反映|弄|办|要|说|用|告|投诉)了?|算了|别(?:登记|记)|取消(?:吧|登记|了吧)?$|^取消|再说吧?$"
)


def answer_taken_for_stop(tracker: Tracker) -> TurnResult | None:
    """The reading of a message the classifier took for "stop" when it answers the question asked, or None."""
    asked = tracker.get_slot("requested_slot")
    text = textutil.normalize_for_parsing(tracker.latest_message.get("text") or "")
    if not asked or not text or _PLAIN_STOP.search(text):
        return None
    result = read_tracker_turn(tracker, intent="inform")
    # the answer asked for, or one given ahead ("十月份取消的" when the category is asked tells the time)
    told = [slot for slot in INTAKE_SLOTS if result.updates.get(slot) not in (None, "", NOT_PROVIDED)]
    return result if told else None


def with_summary_again(corrected: list[EventType]) -> list[EventType]:
    """A correction applied at the summary: the form runs again, so the summary is shown for confirmation
    (nothing is left waiting for a "对" that no question asked for)."""
    applied = any(e.get("name") == "awaiting_confirmation" and e.get("value") is False for e in corrected)
    return [*corrected, FollowupAction("intake_form")] if applied else corrected


class HandleUnclear(Action):
    """NLU fallback, small talk or off-topic text.

    During the intake the message is still read for details (a phone number with an emoji in it is still a
    phone number); outside it, a real story the classifier was unsure about still starts the intake.
    """

    def name(self) -> str:
        return "action_handle_unclear"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        loop = tracker.active_loop.get("name")
        if loop == "intake_form":
            return await self._read_during_intake(dispatcher, tracker, domain)
        if loop:
            dispatcher.utter_message(text=unclear_reply(text))
            return []

        if tracker.get_slot("awaiting_confirmation") and is_explicit_correction(
            text, tracker.slots, reviewing=True
        ):
            corrected = CorrectDetail.tentative(dispatcher, tracker)  # "类别应该是城乡建设吧" at the summary
            if corrected is not None:
                return with_summary_again(corrected)
        clean = textutil.normalize_for_parsing(text)
        if tells_a_story(clean) and not textutil.looks_like_markup(text) and not is_consultation(text):
            return self.start_intake(dispatcher, tracker)
        answer = (
            lost_number_followup(tracker)
            or consultation_follow_up(tracker)
            or specific_answer(text)
            or unclear_reply(text)
        )
        dispatcher.utter_message(text=answer)
        return []

    @staticmethod
    def start_intake(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        """A story the classifier was unsure of: read here (the form will not read it again), then the intake."""

        result = read_tracker_turn(tracker, intent="tell_problem")
        kind = read_matter_kind(tracker.slots, result.updates)
        dispatcher.utter_message(text="我先把您说的记下来，再问几个问题。")
        return [
            *slot_events(result),
            *(SlotSet(k, v) for k, v in kind.updates.items()),
            FollowupAction("intake_form"),
        ]

    @staticmethod
    async def _read_during_intake(
        dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:

        text = tracker.latest_message.get("text") or ""
        # "反映对象改成包工头" the classifier was unsure of is still a correction
        if is_explicit_correction(text, tracker.slots):
            return await CorrectDetail().run(dispatcher, tracker, domain)
        result = read_tracker_turn(tracker)
        notes = result.notes or ([] if result.updates else [unclear_reply(text)])
        say_notes(dispatcher, notes)
        return slot_events(result)


class ReplyOutOfScope(Action):
    """Small talk and off-topic text get the bot's scope; a message of only emoji or marks gets asked for words."""

    def name(self) -> str:
        return "action_reply_out_of_scope"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        clean = textutil.normalize_for_parsing(text)
        if not tracker.get_slot("issue_text") and tells_a_story(clean) and not is_consultation(text):
            # "村书记就是个村霸！！谁不听他的就断谁家的水！！" taken for small talk is a story: the intake starts
            return HandleUnclear.start_intake(dispatcher, tracker)
        # "高龄补贴怎么申请？" taken for small talk still gets its answer
        answer = consultation_follow_up(tracker) or specific_answer(text)
        followup = lost_number_followup(tracker)
        if followup or looks_like_pinyin(text):
            dispatcher.utter_message(text=followup or PINYIN_REPLY)
        elif answer:
            dispatcher.utter_message(text=answer)
        elif textutil.has_words(textutil.normalize_for_parsing(text)):
            dispatcher.utter_message(response="utter_out_of_scope")
        else:
            dispatcher.utter_message(text=unclear_reply(text))
        return []


class DefaultFallback(Action):
    """Core fallback: no rule or story fits. Says so once, and undoes the message so nothing loops."""

    def name(self) -> str:
        return "action_default_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        dispatcher.utter_message(text=lost_number_followup(tracker) or unclear_reply(text))
        loop = tracker.active_loop.get("name")
        return [UserUtteranceReverted(), *([FollowupAction(loop)] if loop else [])]
