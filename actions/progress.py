"""Progress check with case number and the full phone number."""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import services
from actions.progress_reply import case_in_hand, status_reply, urge_reply, urge_reply_for
from actions.progress_turns import (
    CHECK_HELP,
    PUT_OFF_REPLY,
    asks_if_wait_is_normal,
    asks_what_now,
    puts_off_check,
    restates_check,
    urges,
)
from actions.slots import NON_ANSWER_INTENTS
from actions.summary_turn import summary_answered
from bot.cases.numbers import CASE_NUMBER_IN_TEXT, find_case_number, normalize_case_number
from bot.channels.client import client_of
from bot.domain import text as textutil
from bot.domain.knowledge import faq_answer
from bot.parsing.phone import extract_phone

QUERY_CODE = re.compile(r"(?<!\d)\d{6}(?!\d)")
QUERY_CODE_WORD = re.compile(r"查询码|查詢碼|查询号")


def query_code_in(text: str) -> str | None:
    """The 6-digit query code given at filing, outside any case number in the same message."""
    rest = CASE_NUMBER_IN_TEXT.sub(" ", textutil.to_halfwidth(text or ""))
    found = QUERY_CODE.findall(rest)
    return found[0] if len(found) == 1 else None


def extract_case_number(text: str) -> str | None:
    return find_case_number(textutil.to_halfwidth(text or ""))


# the number and the phone may come in any order, in any number of messages; a wrong one can be sent again
MAX_MISSES = 3
# messages that are not details of the check: when they carry no number, the rules answer them (questions,
# stopping, a new story, anger) instead of the check swallowing them
NOT_DETAILS = (NON_ANSWER_INTENTS | {"tell_problem", "greet", "thanks", "out_of_scope"}) - {
    "check_progress",
    "correct_detail",
}


class ValidateProgressForm(Action):
    """Reads the case number and the phone (or query code) from every message, and checks them once both are
    known. When they do not match, the citizen may send the right one ("哦我记错了，是139…") and it is checked
    again, a few times, instead of the message starting a new intake."""

    def name(self) -> str:
        return "validate_progress_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:

        text = tracker.latest_message.get("text") or ""
        filed = await summary_answered(dispatcher, tracker, domain, in_form=True)
        if (
            filed is not None
        ):  # "对 提交 尸检的事有没有时限" at the summary taken for a check: filed, nothing looked up
            kept = [event for event in filed if event.get("event") != "followup"]
            return [*kept, *_no_check("summary")]
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        requested = tracker.get_slot("requested_slot")
        number = extract_case_number(text)
        phone_number = extract_phone(textutil.normalize_for_parsing(text))
        # the query code when asked for or named ("查询码995349"), so a year or an amount is never taken for one
        named = QUERY_CODE_WORD.search(text) is not None
        code = query_code_in(text) if requested == "progress_phone" or named else None
        clean = textutil.normalize_for_parsing(text)
        if not (number or phone_number or code) and asks_if_wait_is_normal(clean):
            # "查不到啊 一个月没人联系正常吗": the timetable; "不查了 我就问…" ends the check too
            dispatcher.utter_message(text=faq_answer("waiting"))
            return _no_check("put_off") if puts_off_check(clean) else []
        in_hand = tracker.get_slot("case_number")
        if not (number or phone_number or code) and in_hand and urges(clean):
            # "那个店还在卖 能不能催一下" right after a filing or a check: that case, no second check
            dispatcher.utter_message(
                text=urge_reply(tracker.get_slot("route"), tracker.get_slot("route_variant"))
            )
            return _no_check("put_off")
        if not (number or phone_number or code) and intent in NOT_DETAILS:
            return []
        if not (number or phone_number or code):  # "算了 我回去翻翻本子再说", "那咋整"
            turned = _put_off_or_stuck(
                dispatcher, clean, tried=bool(tracker.get_slot("progress_case_number"))
            )
            if turned is not None:
                return turned
        # "哦 编号记错了 是XF…" after a miss: the phone already given is tried with the new number
        # (only right after that miss, while the phone is asked again: a new check starts afresh)
        retry = (
            requested == "progress_phone" and number and number != tracker.get_slot("progress_case_number")
        )
        tried = tracker.get_slot("progress_phone_tried") if retry else None
        slots = {
            "progress_case_number": number or tracker.get_slot("progress_case_number"),
            "progress_phone": phone_number or code or tracker.get_slot("progress_phone") or tried,
        }
        if not number and requested in (None, "progress_case_number") and LOST_NUMBER.search(text):
            # "编号忘了", "真的忘了 那咋办": no number to ask for again; the form ends with what can be done
            dispatcher.utter_message(text=LOST_NUMBER_REPLY)
            return [
                SlotSet("progress_case_number", LOST),
                SlotSet("progress_phone", LOST),
                SlotSet("progress_outcome", "no_number"),
            ]
        events: list[EventType] = [SlotSet(key, value) for key, value in slots.items()]
        if not number and requested == "progress_case_number" and not restates_check(clean):
            dispatcher.utter_message(text="没找到事项编号。编号的格式像 XF20261127-0042。")
        if (
            not (phone_number or code or number) and requested == "progress_phone"
        ):  # "我是问进度 XF…": no phone
            dispatcher.utter_message(
                text="这个号码好像不对。请输入登记时留的完整手机号或座机号；没留电话的，输入6位查询码。"
            )
        turns = tracker.get_slot("progress_turns") or 0
        events.append(SlotSet("progress_turns", float(turns) + 1))
        if all(slots.values()):
            events += self._check(dispatcher, tracker, slots)
        return events

    @staticmethod
    def _check(dispatcher: CollectingDispatcher, tracker: Tracker, slots: dict[str, str]) -> list[EventType]:
        # a match is told by action_check_progress when the form ends; a miss or a wait is told now
        outcome, _ = look_up(
            dispatcher, tracker, slots["progress_case_number"], slots["progress_phone"], tell_found=False
        )
        misses = int(tracker.get_slot("progress_misses") or 0) + (outcome == "not_found")
        if outcome == "not_found" and misses < MAX_MISSES:
            dispatcher.utter_message(
                text="如果是电话或查询码记错了，直接发正确的就行；编号不对的话，发正确的编号。"
            )
            # the phone is asked again; a new number sent instead replaces the old one and is tried with it
            return [
                SlotSet("progress_phone", None),
                SlotSet("progress_phone_tried", slots["progress_phone"]),
                SlotSet("progress_misses", float(misses)),
            ]
        return [SlotSet("progress_outcome", outcome), SlotSet("progress_misses", float(misses))]


def _put_off_or_stuck(dispatcher: CollectingDispatcher, clean: str, *, tried: bool) -> list[EventType] | None:
    """ "算了 我回去翻翻本子再说": the check ends kindly, nothing looked up; "那咋整 我记得就是这个号啊": what can be
    done when the details do not match, and the detail is asked again. None for anything else."""
    if LOST_NUMBER.search(clean):
        return None  # "编号忘了": the ways to check without it (below)
    if puts_off_check(clean):
        dispatcher.utter_message(text=PUT_OFF_REPLY)
        return _no_check("put_off")
    if tried and asks_what_now(clean):  # the number given, the phone did not match it
        dispatcher.utter_message(text=CHECK_HELP)
        return []
    return None


def _no_check(outcome: str) -> list[EventType]:
    """The check ends with nothing looked up (action_check_progress tells nothing for this outcome)."""
    return [
        SlotSet("progress_case_number", LOST),
        SlotSet("progress_phone", LOST),
        SlotSet("progress_outcome", outcome),
    ]


LOST = "lost"  # the form's slots when the citizen has no case number: the form ends, nothing is looked up
LOST_NUMBER = re.compile(
    r"忘了|忘记|不记得|记不得|记不住|记不清|想不起|找不到|丢了|弄丢|没记|没有编号|不知道编号|不晓得"
)
LOST_NUMBER_REPLY = (
    "编号忘了也没关系：可以拨打当地信访部门公布的电话，报上您的姓名和登记时留的电话，工作人员帮您查；"
    "也可以说“转人工”，让工作人员联系您。要是重新找到了编号，随时发给我就能查。"
)
NOT_FOUND_REPLY = (
    "没有找到对得上的事项。请核对事项编号，以及登记时留的电话或查询码，再试一次。"
    "连着几次没对上的，要过几分钟才能再查；也可以拨打当地信访部门的电话查询。"
)


def look_up(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    case_number: str,
    phone: str,
    *,
    tell_found: bool = True,
) -> str:
    """Looks the case up, tells the citizen, and returns the outcome (found, not_found)."""
    result = services.case_repository().lookup_progress(
        case_number or "", phone or "", requester=tracker.sender_id, client=client_of(tracker.latest_message)
    )
    if result.status == "found":
        if tell_found:
            dispatcher.utter_message(text=status_reply(result.case))
        return "found", result.case
    # one answer for an unknown case, a wrong phone and a wait, so a sweep learns nothing (issue 16)
    dispatcher.utter_message(text=NOT_FOUND_REPLY)
    return "not_found", None


class CheckProgress(Action):
    """Tells the status of a matched case (a miss was told as soon as both details were known); a paused intake
    then goes on."""

    def name(self) -> str:
        return "action_check_progress"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        checked, found = None, None
        if tracker.get_slot("progress_outcome") in (None, "found"):  # a miss was told when it happened
            number = tracker.get_slot("progress_case_number") or ""
            outcome, found = look_up(dispatcher, tracker, number, tracker.get_slot("progress_phone") or "")
            checked = normalize_case_number(number) if outcome == "found" else None
            if found is not None and _urged(tracker):  # "那个店还在卖 能不能催一下": yes, and who acts now
                dispatcher.utter_message(text=urge_reply_for(found))
        events: list[EventType] = [
            SlotSet(slot, None)
            for slot in (
                "progress_case_number",
                "progress_phone",
                "progress_phone_tried",
                "progress_turns",
                "progress_outcome",
            )
        ]
        events.append(SlotSet("checked_case_number", checked))
        events.append(SlotSet("progress_misses", None))
        if tracker.get_slot("intake_paused"):
            dispatcher.utter_message(
                text="您刚才要反映的事还没登记完，我们接着登记。不想登记了就说“不登记了”。"
            )
            # rules/progress.yml: intake_paused false right after the check resumes the intake
            return [*events, SlotSet("intake_paused", False)]
        in_hand = case_in_hand(found) if found is not None and not tracker.get_slot("issue_text") else []
        return [*events, *in_hand, SlotSet("intake_paused", None)]


# the messages of a check that may have asked to hurry the matter (the number and the phone come after it)
URGED_WITHIN = 3


def _urged(tracker: Tracker) -> bool:
    said = [event.get("text") or "" for event in tracker.events if event.get("event") == "user"]
    return any(urges(textutil.normalize_for_parsing(text)) for text in said[-URGED_WITHIN:])


class PauseIntake(Action):
    """ "我是要查进度！XF…" during an intake: the intake waits (nothing said is lost) while the progress is checked."""

    def name(self) -> str:
        return "action_pause_intake"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        dispatcher.utter_message(text="好的，先帮您查进度。刚才说的事我都记着，查完再接着登记。")
        return [
            ActiveLoop(None),
            SlotSet("requested_slot", None),
            SlotSet("intake_paused", True),
            SlotSet("progress_case_number", None),
            SlotSet("progress_phone", None),
            SlotSet("progress_outcome", None),
        ]
