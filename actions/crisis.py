"""Self-harm, violence, domestic violence and danger: the hotline first, then a human sentence, and the urgent flag.
A story told in the same breath as the crisis starts the intake with it (the hotlines come first)."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.consultation import earlier_user_texts
from actions.correction_parse import is_explicit_correction
from actions.corrections import CorrectDetail
from actions.crisis_after import after_the_alarm
from actions.crisis_answers import answers_beside_fear
from actions.crisis_followup import (
    FILED_AND_URGENT,
    STAY_WITH_YOU,
    answers_beside_the_question,
    asks_about_the_remedy,
    correction_after_crisis,
    crisis_kind_before,
    despair_after_filing,
    filed_matter,
    flag_filed_case,
    history_after_all_clear,
)
from actions.crisis_reading import (
    about_a_past_harm,
    asks_without_harm,
    beating_the_case_dates_past,
    plain_answer,
    say_threat_note,
    tells_a_matter,
    today,
)
from actions.crisis_timing import (
    HELP_COMING,
    HOLD_AT_HEIGHT,
    HOLD_FOR_YOU,
    held_events,
    held_story,
    help_called,
    hold_reply,
    leak_now,
    still_held_reply,
    while_help_comes,
)
from actions.faq_reply import faq_key
from actions.intake_turn import NoteKind
from actions.matter_kind import tells_a_story
from actions.question_detect import detect_question
from actions.questions import answer_in_context
from actions.route_question import AnswerRouteQuestion
from actions.slots import RESET_AFTER_FILING
from actions.tracker_intents import CRISIS_INTENT_KINDS, latest_intent, runner_up_intent
from actions.turn_adapter import contact_details, read_tracker_turn, say_notes, slot_events, story_events
from actions.turn_replies import UNANSWERED_QUESTION
from bot.domain.crisis_person import at_risk_is_another, crisis_for_another_reply
from bot.domain.knowledge import faq_answer, load_knowledge, route_brief
from bot.domain.safety import (
    HISTORY_KEPT,
    PAST_HARM_NOTE,
    RETURN_FEAR_ADVICE,
    crisis_check_in,
    crisis_reply,
    detect_crisis,
    fears_return,
    harm_told_as_past,
    safe_now_reply,
    says_safe_now,
)
from bot.domain.safety_help import (
    asks_silent_help,
    asks_to_report_by_text,
    fire_only_feared,
    silent_help_reply,
)

# below this the classifier's crisis reading, with no crisis words in the message, is a guess: the citizen
# gets the hotlines as a check-in and the message is still read as what it most likely was
MODEL_ONLY_SURE = 0.7
ANSWER_INTENTS = frozenset({"inform", "deny", "affirm", "skip", "tell_problem"})
GET_SAFE_FIRST = "先顾人身安全，登记不急。等大家都到了室外安全的地方，再跟我说一声，我们接着把事情登记下来。"
TELL_WHEN_READY = "现在方便的话，跟我说说是怎么回事，我帮您登记下来，让工作人员跟进。"
CONFIRM_REMINDER = "上面整理的信息没问题的话，回复“对，提交”我就帮您登记；哪里不对，直接告诉我改成什么。"
STORY_KEPT = "您说的情况我都记下了。接下来问几个问题，方便工作人员尽快跟进；不方便回答的，说“跳过”就行。"


class CrisisResponse(Action):
    """Hotline first, then a human sentence; the case is flagged urgent (and 扬言 for threats).

    When only the classifier, not the crisis lexicon, reads a crisis, and not surely ("就我自己" as an answer,
    "我要不要去打官司"), the hotlines come as a short check-in and the message is still taken as what it most
    likely was: an answer in the intake, or a question that gets its answer. The urgent flag stays, so staff look.
    """

    def name(self) -> str:
        return "action_crisis_response"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        signal = detect_crisis(text, today=today())
        kind = signal.kind if signal else CRISIS_INTENT_KINDS.get(latest_intent(tracker) or "", "danger")
        confidence = float((tracker.latest_message.get("intent") or {}).get("confidence") or 0.0)
        if (after := after_the_alarm(dispatcher, tracker, text, signal)) is not None:
            return (
                after  # "反正也没人在乎", "能不能别写他名字": no second alarm, never the next question alone
            )
        if asks_to_report_by_text(text) or (asks_silent_help(text) and (signal or held_story(tracker.slots))):
            return self._silent_help(dispatcher, tracker, text, signal and signal.kind)  # "能不能发短信报警"
        if signal and fire_only_feared(
            text, tracker.get_slot("issue_text")
        ):  # "着火了咋整" about the hazard told
            return self._read_as_likely_meant(dispatcher, tracker)
        if signal and beating_the_case_dates_past(tracker, text):  # the beating told again, dated last week
            if tracker.get_slot("route_question"):  # "不是！是养老院的护工打我爸" answers the route question
                return await AnswerRouteQuestion().run(dispatcher, tracker, domain)
            if tracker.active_loop.get("name") != "intake_form":
                dispatcher.utter_message(text=PAST_HARM_NOTE)  # a word back; 110 stays in reach
            return self._read_as_likely_meant(dispatcher, tracker)
        if signal and asks_about_the_remedy(tracker, text, signal.matched):
            return self._remedy_answer(dispatcher, tracker)
        if signal and correction_after_crisis(tracker, text):  # "类别不对 是他打老婆 家暴" at the summary
            return [SlotSet("urgent", True), *await CorrectDetail().run(dispatcher, tracker, domain)]
        if signal is None and says_safe_now(text):
            return self._safe_now(dispatcher, tracker)
        if signal and history_after_all_clear(tracker, text):
            return self._history(dispatcher, tracker)
        if signal is None and about_a_past_harm(tracker, text):
            return self._past_harm(dispatcher, tracker, text)
        held = None if tracker.active_loop.get("name") else still_held_reply(tracker.slots, text)
        if signal is None and held:  # "打了110了 警察还没到 他还在外面骂": the questions still wait
            dispatcher.utter_message(text=held)
            return [SlotSet("urgent", True), *held_events(tracker.slots, text)]
        if signal is None and confidence < MODEL_ONLY_SURE:
            answer = plain_answer(tracker, text)
            if answer is not None:
                say_notes(dispatcher, answer.notes)
                return slot_events(answer)
            if asks_without_harm(text):  # "对了 鱼死了能不能叫他赔": a question, no harm to anyone in it
                return self._question_only(dispatcher, tracker, text)
            if not tracker.get_slot(
                "urgent"
            ):  # checked in once already: asking again at every answer would wear
                dispatcher.utter_message(text=crisis_check_in(kind))
            return [SlotSet("urgent", True), *self._read_as_likely_meant(dispatcher, tracker)]
        returning = signal is not None and fears_return(text)
        another = signal is not None and at_risk_is_another(text)  # "我爸说要跳下去 我真怕他想不开"
        reply = crisis_for_another_reply(text) if another else crisis_reply(kind)
        dispatcher.utter_message(text=RETURN_FEAR_ADVICE if returning else reply)
        # after filing, or after a "new matter" since that was only despair: the case filed comes first
        despair = None if filed_matter(tracker) else despair_after_filing(tracker)
        filed = despair or filed_matter(tracker)
        if filed:
            flag_filed_case(filed, signal)
        events: list[EventType] = [SlotSet("urgent", True), SlotSet("handoff_requested", True)]
        if despair:  # that "new matter" ends
            events += [ActiveLoop(None), SlotSet("requested_slot", None)]
            events += [SlotSet(slot, None) for slot in RESET_AFTER_FILING if tracker.get_slot(slot)]
        # 扬言 goes on the citizen's record, so it needs the words themselves; a classifier's guess alone
        # still gets the hotline and the urgent flag, and staff decide
        if signal and (signal.kind == "violence" or "violence" in signal.also):
            events.append(SlotSet("threat_flag", True))
        # a phone and when to call given in the same breath are kept: a wrong-hour call can endanger a victim
        events += contact_details(tracker)
        # "陈秀英 电话187… 他要是放出来晚上再来咋办": the name and phone answered beside the fear are kept
        events += [e for e in answers_beside_fear(tracker) if e["name"] not in {x["name"] for x in events}]
        if tracker.active_loop.get("name") and not despair:
            dispatcher.utter_message(text="您愿意的话，我们可以接着把事情登记下来。")
        elif returning and (tracker.get_slot("case_number") or tracker.get_slot("issue_text")):
            pass  # the matter is already told or filed: the advice is the answer
        elif filed:
            done = FILED_AND_URGENT.format(number=filed)
            dispatcher.utter_message(text=done.replace(STAY_WITH_YOU, "") if another else done)
        elif kind == "gas_or_fire" and not tracker.get_slot("issue_text") and leak_now(text):
            dispatcher.utter_message(text=GET_SAFE_FIRST)  # no questions while they should be getting out
        elif not tracker.get_slot("issue_text") and tells_a_matter(text) and hold_reply(text):
            dispatcher.utter_message(text=hold_reply(text))  # the story is kept; the questions wait
            return [*events, *story_events(tracker, text)]
        elif held_story(tracker.slots):  # the danger still goes on ("报警了 警察还没到 他在踹门")
            held_for = HOLD_AT_HEIGHT if kind == "self_harm" else HOLD_FOR_YOU  # "不管我就跳" said again
            dispatcher.utter_message(text=HELP_COMING if help_called(text) else hold_reply(text) or held_for)
        elif not tracker.get_slot("issue_text") and tells_a_matter(text):
            # the story told in the same breath starts the intake, so nobody has to tell it twice
            say_threat_note(dispatcher, text)
            dispatcher.utter_message(text=STORY_KEPT)
            return [*events, *story_events(tracker, text), FollowupAction("intake_form")]
        else:
            dispatcher.utter_message(
                text="如果您愿意，也可以跟我说说发生了什么，我帮您登记下来，让工作人员跟进。"
            )
        return events

    @staticmethod
    def _silent_help(
        dispatcher: CollectingDispatcher, tracker: Tracker, text: str, kind: str | None
    ) -> list[EventType]:
        """How to reach the police without being heard, answered; the card only the first time, and no question
        in its place."""
        if kind and not tracker.get_slot("urgent"):
            dispatcher.utter_message(text=crisis_reply(kind))
        dispatcher.utter_message(text=silent_help_reply())
        if not (kind or tracker.get_slot("urgent")):
            return []  # asked as a question only
        events: list[EventType] = [SlotSet("urgent", True), SlotSet("handoff_requested", True)]
        if not tracker.get_slot("issue_text") and tells_a_matter(text):
            events += story_events(tracker, text)  # kept; the questions wait until she is safe
        return events

    def _past_harm(self, dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> list[EventType]:
        """A past beating ("上个月被邻居打了 派出所不处理"): the matter is the inaction, no emergency, no urgent
        flag; a gentle line keeps 110 in reach, and the story starts the intake like any other."""
        if harm_told_as_past(text, today=today()):
            dispatcher.utter_message(text=PAST_HARM_NOTE)
            if (
                not tracker.active_loop.get("name")
                and not tracker.get_slot("issue_text")
                and tells_a_story(text)
            ):
                say_threat_note(dispatcher, text)
                dispatcher.utter_message(text=STORY_KEPT)
                return [*story_events(tracker, text), FollowupAction("intake_form")]
        return self._read_as_likely_meant(dispatcher, tracker)

    def _safe_now(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        """ "人都出来了", "警察来了 把他带走了 我没事" after a crisis: a word back, never taken as the story; with no
        crisis before, the message is read as what it most likely was."""
        if not tracker.get_slot("urgent"):
            return self._read_as_likely_meant(dispatcher, tracker)
        dispatcher.utter_message(text=safe_now_reply(crisis_kind_before(tracker)))
        asked = tracker.get_slot("requested_slot")
        if tracker.active_loop.get("name") == "intake_form" and asked:
            # it may answer the question too ("报了警 派出所的人把他劝走了" to the earlier-report question)
            result = read_tracker_turn(tracker, intent="inform")
            if asked in result.updates:
                say_notes(dispatcher, result.notes)
                return slot_events(result)
        elif tracker.get_slot("awaiting_confirmation"):  # the summary is shown: the story is told already
            dispatcher.utter_message(text=CONFIRM_REMINDER)
        elif tracker.get_slot("issue_text") and not tracker.get_slot("case_number"):
            # the story was kept while they got safe: the questions come now
            return [FollowupAction("intake_form")]
        elif not tracker.get_slot("case_number"):
            dispatcher.utter_message(text=TELL_WHEN_READY)
        return []

    @staticmethod
    def _history(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        """Harm told as history just after the all-clear: a short word, the flag kept, the answer read."""
        dispatcher.utter_message(text=HISTORY_KEPT)
        events: list[EventType] = [SlotSet("urgent", True)]
        asked = tracker.get_slot("requested_slot")
        if tracker.active_loop.get("name") == "intake_form" and asked:
            result = read_tracker_turn(tracker, intent="inform")
            if asked in result.updates:
                say_notes(dispatcher, result.notes)
                events += slot_events(result)
        return events

    @staticmethod
    def _remedy_answer(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        """The answer the message gives to the question asked ("没有"), then how the protection order works."""
        events: list[EventType] = []
        if tracker.active_loop.get("name") == "intake_form" and answers_beside_the_question(
            tracker.latest_message.get("text") or ""
        ):
            result = read_tracker_turn(tracker, intent="inform")  # "没有", not "你先回答我"
            say_notes(dispatcher, result.notes)
            events = slot_events(result)
        if not any("人身安全保护令" in (message.get("text") or "") for message in dispatcher.messages):
            # the answer read beside it ("没有 能不能让法院不让他靠近我妹") told the order already
            dispatcher.utter_message(text=route_brief("litigation", "domestic_violence"))
        told = f"{tracker.get_slot('issue_text') or ''}，{tracker.latest_message.get('text') or ''}"
        view = load_knowledge().route("litigation").resolve("domestic_violence")
        for note in (n for n in view.notes if n.about and n.concerns(told)):  # a sister may apply for her
            dispatcher.utter_message(text=f"{note.text}（{note.citation}）。")
        if tracker.get_slot("awaiting_confirmation"):
            dispatcher.utter_message(text=CONFIRM_REMINDER)
        return events

    def _question_only(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, text: str
    ) -> list[EventType]:
        """A question read as it most likely was meant; answered even where that reading says nothing (at the
        summary), and the summary's question asked again."""
        in_intake = tracker.active_loop.get("name") == "intake_form"
        events = self._read_as_likely_meant(dispatcher, tracker) if in_intake else []
        if not dispatcher.messages:  # the runner-up's FAQ ("信访就是…") is no answer to it
            story = tracker.get_slot("issue_text")
            dispatcher.utter_message(
                text=answer_in_context(detect_question(text), text, story) or UNANSWERED_QUESTION
            )
            if tracker.get_slot("awaiting_confirmation"):
                dispatcher.utter_message(response="utter_ask_confirm")
        return events

    @staticmethod
    def _read_as_likely_meant(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        likely = runner_up_intent(tracker)
        if tracker.active_loop.get("name") == "intake_form":
            # an answer first ("打什么官司 没钱打" to the court question), then what it may ask
            answer_intent = likely if likely in ANSWER_INTENTS else "inform"
            result = read_tracker_turn(tracker, intent=answer_intent)
            while_help_comes(tracker.slots, text, result, earlier_user_texts(tracker))  # "已经打了110"
            if result.updates or any(note.kind is NoteKind.ANSWER for note in result.notes):
                say_notes(dispatcher, result.notes)  # the answer, or the question's answer and ours again
                return slot_events(result)
        key = faq_key(likely, text)
        if key:
            dispatcher.utter_message(text=faq_answer(key))
            return []
        if tracker.active_loop.get("name") == "intake_form":
            return []
        if tracker.get_slot("awaiting_confirmation") and is_explicit_correction(
            text, tracker.slots, reviewing=True
        ):
            return CorrectDetail.tentative(dispatcher, tracker) or []  # "类别应该是城乡建设吧" at the summary
        if not tracker.active_loop.get("name") and tells_a_story(text):
            dispatcher.utter_message(text="我先把您说的记下来，再问几个问题。")
            # the story read here: the form does not read the message that started it (hg012 was asked again)
            return [*story_events(tracker, text), FollowupAction("intake_form")]
        return []
