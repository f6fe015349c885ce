"""Self-harm, violence, domestic violence and danger: the hotline first, then a human sentence, and the urgent flag.
A story told in the same breath as the crisis starts the intake with it (the hotlines come first)."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.consultation import earlier_user_texts
from actions.corrections import CorrectDetail
from actions.crisis_after import after_the_alarm
from actions.crisis_answers import answers_beside_fear
from actions.crisis_false_alarm import false_alarm
from actions.crisis_followup import (
    FILED_AND_URGENT,
    STAY_WITH_YOU,
    asks_about_the_remedy,
    correction_after_crisis,
    despair_after_filing,
    filed_matter,
    flag_filed_case,
    history_after_all_clear,
)
from actions.crisis_jest import jest_taken_back, jest_turn
from actions.crisis_questions import ASKED_ONLY, asked_about_a_crisis, asked_in_story
from actions.crisis_reading import (
    about_a_past_harm,
    asks_without_harm,
    beating_placed,
    beating_the_case_dates_past,
    plain_answer,
    say_threat_note,
    tells_a_matter,
    today,
    with_harm_told_before,
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
)
from actions.crisis_turns import (
    CONFIRM_REMINDER,
    STORY_KEPT,
    beating_placed_turn,
    history_kept,
    past_harm,
    question_only,
    read_as_likely_meant,
    remedy_answer,
    safe_now,
    silent_help,
)
from actions.crisis_violence_turn import answer_violence_question, violence_question
from actions.progress_start import start_check
from actions.progress_turns import asks_progress
from actions.route_question import AnswerRouteQuestion
from actions.slots import RESET_AFTER_FILING
from actions.summary_turn import with_summary_again
from actions.tracker_intents import CRISIS_INTENT_KINDS, latest_intent
from actions.turn_adapter import contact_details, say_notes, slot_events, story_events
from bot.domain.crisis_person import at_risk_is_another, crisis_for_another_reply
from bot.domain.safety import (
    HE_IS_HERE_REPLY,
    PAST_HARM_NOTE,
    RETURN_FEAR_ADVICE,
    crisis_check_in,
    crisis_reply,
    detect_crisis,
    fears_return,
    says_he_is_here,
    says_safe_now,
)
from bot.domain.safety_help import (
    asks_about_ambulance,
    asks_silent_help,
    asks_to_report_by_text,
    asks_us_to_call,
    asks_us_to_come,
    call_it_yourself_reply,
    cannot_come_reply,
    fire_only_feared,
    help_asked_reply,
)
from bot.domain.text import normalize_for_parsing

# CONFIRM_REMINDER is asked for by name from here (actions.conversation)
__all__ = ["CONFIRM_REMINDER", "GET_SAFE_FIRST", "STILL_HERE", "CrisisResponse"]

# below this the classifier's crisis reading, with no crisis words in the message, is a guess: the citizen
# gets the hotlines as a check-in and the message is still read as what it most likely was
MODEL_ONLY_SURE = 0.7
# said when nothing else fits a message read as a crisis: someone is listening, and what to do if it turns bad
STILL_HERE = "我在，您说的我们都记着，这件事已经标记为紧急，值班工作人员会尽快联系您。有危险，马上打110。"
DO_NOT_GO = "千万别去找他，别做让自己吃亏的事，我们一起按正路把事情办下来。"
GET_SAFE_FIRST = "先顾人身安全，登记不急。等大家都到了室外安全的地方，再跟我说一声，我们接着把事情登记下来。"


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
        events = await self._respond(dispatcher, tracker, domain)
        if not dispatcher.messages and not tracker.active_loop.get("name"):
            # no turn may end in silence: "对 你们要是不管我真去找他" at the summary got no reply (id-009)
            threat = latest_intent(tracker) == "threat_violence" or tracker.get_slot("threat_flag")
            dispatcher.utter_message(text=f"{STILL_HERE}{DO_NOT_GO}" if threat else STILL_HERE)
            if tracker.get_slot("awaiting_confirmation"):
                dispatcher.utter_message(text=CONFIRM_REMINDER)
        return events

    async def _respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        signal = detect_crisis(text, today=today())
        kind = signal.kind if signal else CRISIS_INTENT_KINDS.get(latest_intent(tracker) or "", "danger")
        confidence = float((tracker.latest_message.get("intent") or {}).get("confidence") or 0.0)
        if signal and tracker.get_slot("urgent") and says_he_is_here(text):
            dispatcher.utter_message(text=HE_IS_HERE_REPLY)  # "他来了" (id-001): no card, no answer read
            return [SlotSet("urgent", True)]
        if jest_taken_back(text, signal) and not tracker.get_slot("urgent"):
            return jest_turn(
                dispatcher, tracker, text
            )  # "气得我想跳楼 哈哈 开玩笑的": no alarm, help in reach
        if signal is None and false_alarm(text, tracker.get_slot("issue_text")):
            return read_as_likely_meant(dispatcher, tracker)  # "我老公叫罗建军 我是他老婆" of a fall at work
        if (after := after_the_alarm(dispatcher, tracker, text, signal)) is not None:
            return (
                after  # "反正也没人在乎", "能不能别写他名字": no second alarm, never the next question alone
            )
        asks_help = asks_us_to_come(text) or asks_about_ambulance(text)
        if asks_help and tracker.get_slot("urgent"):
            # "你们到底来不来人 要不要叫救护车" (id-029), "我头破了 要不要叫120" (ic-022): the card was given
            dispatcher.utter_message(text=help_asked_reply(text))
            in_intake = tracker.active_loop.get("name") == "intake_form"
            answered = (
                read_as_likely_meant(dispatcher, tracker) if in_intake else []
            )  # "没有 …" still answers
            return [SlotSet("urgent", True), *answered]
        if asks_us_to_call(text) and (signal or held_story(tracker.slots) or tracker.get_slot("urgent")):
            return silent_help(
                dispatcher, tracker, text, signal and signal.kind, call_it_yourself_reply(text)
            )
        if asks_to_report_by_text(text) or (asks_silent_help(text) and (signal or held_story(tracker.slots))):
            return silent_help(dispatcher, tracker, text, signal and signal.kind)  # "能不能发短信报警"
        if signal and fire_only_feared(
            text, tracker.get_slot("issue_text")
        ):  # "着火了咋整" about the hazard told
            return read_as_likely_meant(dispatcher, tracker)
        if signal and beating_placed(tracker, text):  # "他打我是在家里": where, after the alarm
            return beating_placed_turn(dispatcher, tracker)
        if signal and beating_the_case_dates_past(tracker, text):  # the beating told again, dated last week
            if tracker.get_slot("route_question"):  # "不是！是养老院的护工打我爸" answers the route question
                return await AnswerRouteQuestion().run(dispatcher, tracker, domain)
            if tracker.active_loop.get("name") != "intake_form":
                dispatcher.utter_message(text=PAST_HARM_NOTE)  # a word back; 110 stays in reach
            return read_as_likely_meant(dispatcher, tracker)
        if signal and asks_about_the_remedy(tracker, text, signal.matched):
            return remedy_answer(dispatcher, tracker)
        if signal and (answer := violence_question(tracker, text)) is not None:
            return answer_violence_question(dispatcher, tracker, answer)  # "我能离婚吗 他说离婚就弄死我"
        if signal and correction_after_crisis(tracker, text):  # "类别不对 是他打老婆 家暴" at the summary
            corrected = await CorrectDetail().run(dispatcher, tracker, domain)
            return [SlotSet("urgent", True), *with_summary_again(corrected)]  # the summary shown again
        if signal is None and says_safe_now(text):
            return safe_now(dispatcher, tracker)
        if signal and history_after_all_clear(tracker, text):
            return history_kept(dispatcher, tracker)
        if signal is None and about_a_past_harm(tracker, text):
            return past_harm(dispatcher, tracker, text)
        held = None if tracker.active_loop.get("name") else still_held_reply(tracker.slots, text)
        if signal is None and held:  # "打了110了 警察还没到 他还在外面骂": the questions still wait
            dispatcher.utter_message(text=held)
            return [SlotSet("urgent", True), *held_events(tracker.slots, text)]
        if signal is None and confidence < MODEL_ONLY_SURE:
            answer = plain_answer(tracker, text)
            if answer is not None:
                say_notes(dispatcher, answer.notes)
                return slot_events(answer)
            if not tracker.get_slot("issue_text") and (
                answer := asked_about_a_crisis(text, "\n".join(earlier_user_texts(tracker)))
            ):  # "我就是问问 他发病了谁来送医院" after the first question was answered (id-031)
                dispatcher.utter_message(text=answer)
                return [SlotSet("urgent", True)]
            if asked := asks_without_harm(text):  # "对了 鱼死了能不能叫他赔": a question, no harm to anyone
                return question_only(dispatcher, tracker, text, asked)
            if not tracker.get_slot(
                "urgent"
            ):  # checked in once already: asking again at every answer would wear
                dispatcher.utter_message(text=crisis_check_in(kind, text=text))
            return [SlotSet("urgent", True), *read_as_likely_meant(dispatcher, tracker)]
        returning = signal is not None and fears_return(text)
        another = signal is not None and at_risk_is_another(text)  # "我爸说要跳下去 我真怕他想不开"
        reply = crisis_for_another_reply(text) if another else crisis_reply(kind, text=text)
        dispatcher.utter_message(text=RETURN_FEAR_ADVICE if returning else reply)
        if asks_us_to_come(text):  # "你们能不能马上派人来": honest, and 110 now
            dispatcher.utter_message(text=cannot_come_reply(text))
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
        elif not tracker.get_slot("issue_text") and asks_progress(normalize_for_parsing(text)):
            # "我之前登记过 … XF… 有人管了吗 他昨晚又打我了": after the card, that case is checked, no new intake
            return [*events, *start_check(dispatcher)]
        elif not tracker.get_slot("issue_text") and tells_a_matter(text) and hold_reply(text):
            dispatcher.utter_message(text=hold_reply(text))  # the story is kept; the questions wait
            return [*events, *story_events(tracker, text)]
        elif held_story(tracker.slots):  # the danger still goes on ("报警了 警察还没到 他在踹门")
            held_for = HOLD_AT_HEIGHT if kind == "self_harm" else HOLD_FOR_YOU  # "不管我就跳" said again
            dispatcher.utter_message(text=HELP_COMING if help_called(text) else hold_reply(text) or held_for)
        elif tracker.get_slot("awaiting_confirmation"):  # "对 他要再堆 我真动手了" at the summary
            dispatcher.utter_message(text=CONFIRM_REMINDER)
        elif not tracker.get_slot("issue_text") and (answer := asked_about_a_crisis(text)):
            # "问一下 老公打老婆 报警有用吗": answered, and nothing stored until they want it registered (id-030)
            dispatcher.utter_message(text=answer)
            dispatcher.utter_message(text=ASKED_ONLY)
        elif not tracker.get_slot("issue_text") and tells_a_matter(text):
            # the story told in the same breath starts the intake, so nobody has to tell it twice
            say_threat_note(dispatcher, text)
            if order := asked_in_story(text):  # "人身安全保护令是什么 我老公喝了酒就打我": answered now
                dispatcher.utter_message(text=order)
            dispatcher.utter_message(text=STORY_KEPT)
            story = with_harm_told_before(tracker, text)  # "我老公打我" said just before: part of the story
            return [*events, *story_events(tracker, story), FollowupAction("intake_form")]
        else:
            dispatcher.utter_message(
                text="如果您愿意，也可以跟我说说发生了什么，我帮您登记下来，让工作人员跟进。"
            )
        return events
