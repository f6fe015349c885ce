"""Progress check with case number and the full phone number."""

from __future__ import annotations

import re
from datetime import timezone
from typing import Any
from zoneinfo import ZoneInfo

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import services
from bot import text as textutil
from bot.settings import get_settings

CASE_NUMBER = re.compile(r"XF\s*(\d{8})\s*[-－—_ ]?\s*(\d{4})", re.IGNORECASE)


QUERY_CODE = re.compile(r"(?<!\d)\d{6}(?!\d)")


def query_code_in(text: str) -> str | None:
    """The 6-digit query code given at filing, outside any case number in the same message."""
    rest = CASE_NUMBER.sub(" ", textutil.to_halfwidth(text or ""))
    found = QUERY_CODE.findall(rest)
    return found[0] if len(found) == 1 else None


def extract_case_number(text: str) -> str | None:
    match = CASE_NUMBER.search(textutil.to_halfwidth(text or ""))
    return f"XF{match.group(1)}-{match.group(2)}" if match else None


class ValidateProgressForm(Action):
    def name(self) -> str:
        return "validate_progress_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        from bot.parsing.phone import extract_phone

        text = tracker.latest_message.get("text") or ""
        requested = tracker.get_slot("requested_slot")
        events: list[EventType] = []
        number = extract_case_number(text)
        if number:
            events.append(SlotSet("progress_case_number", number))
        elif requested == "progress_case_number":
            dispatcher.utter_message(text="没找到事项编号。编号的格式像 XF20261127-0042。")
        phone_number = extract_phone(textutil.normalize_for_parsing(text))
        code = query_code_in(text) if requested == "progress_phone" else None
        if phone_number or code:  # either one proves the case is theirs
            events.append(SlotSet("progress_phone", phone_number or code))
        elif requested == "progress_phone":
            dispatcher.utter_message(
                text="这个号码好像不对。请输入登记时留的完整手机号或座机号；没留电话的，输入6位查询码。"
            )
        turns = tracker.get_slot("progress_turns") or 0
        events.append(SlotSet("progress_turns", float(turns) + 1))
        return events


def status_reply(case) -> str:
    lines = [f"事项 {case.case_number} 目前的状态是：{case.status}。"]
    lines += [f"· {line}" for line in case_deadline_lines(case)]
    return "\n".join(lines)


def _day(value) -> str:
    return f"{value.year}年{value.month}月{value.day}日"


def case_deadline_lines(case) -> list[str]:
    """The time limits that apply to the case now, each with its article."""
    from bot.cases import STATUS_PENDING
    from bot.knowledge import deadline

    created = case.created_at
    if created.tzinfo is None:  # stored in UTC
        created = created.replace(tzinfo=timezone.utc)
    lines = [f"登记日期：{_day(created.astimezone(ZoneInfo(get_settings().timezone)))}"]
    if case.status == STATUS_PENDING:
        lines.append(
            f"{_day(case.register_deadline)}前转送或交办到有权处理的机关（《信访工作条例》"
            f"{deadline('register_transfer').article}）"
        )
        lines.append(
            f"{_day(case.acceptance_notice_deadline)}前书面告知您是否受理（{deadline('acceptance_notice').article}）"
        )
    if case.handling_deadline:
        lines.append(
            f"{_day(case.handling_deadline)}前办结并出具信访处理意见书（{deadline('handling').article}），"
            f"情况复杂的最多延长{deadline('extension').days}日（{deadline('extension').article}）"
        )
    return lines


class CheckProgress(Action):
    def name(self) -> str:
        return "action_check_progress"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        result = services.case_repository().lookup_progress(
            tracker.get_slot("progress_case_number") or "",
            tracker.get_slot("progress_phone") or "",
            requester=tracker.sender_id,
            now=None,
        )
        if result.status == "found":
            dispatcher.utter_message(text=status_reply(result.case))
        elif result.status == "throttled":
            minutes = max(1, round(result.retry_after_s / 60))
            dispatcher.utter_message(
                text=f"查询次数有点多，为了保护大家的信息安全，请{minutes}分钟后再试。也可以拨打当地信访部门的电话查询。"
            )
        else:
            # the same answer for an unknown case and a wrong phone, so nobody can probe case numbers
            dispatcher.utter_message(
                text="没有找到对得上的事项。请核对事项编号，以及登记时留的电话或查询码，再试一次。"
            )
        return [
            SlotSet("progress_case_number", None),
            SlotSet("progress_phone", None),
            SlotSet("progress_turns", None),
        ]
