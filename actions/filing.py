"""Files the confirmed case, gives its number, and explains the lawful route with its time limits."""

from __future__ import annotations

import logging
from datetime import date, timezone
from typing import Any
from zoneinfo import ZoneInfo

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import services
from actions.correction_apply import corrections_beside_yes
from actions.matter_split import answer_then_another_matter
from actions.route_slots import chosen_route
from actions.slots import RESET_AFTER_FILING
from actions.summary_accept import accepts_summary
from actions.yes_aside import aside_replies
from bot.cases import CaseInput, FiledCase, FilingLimited
from bot.cases.db_retry import doubling_waits, lost_connection, retry_transient
from bot.cases.from_slots import case_input_from_slots
from bot.channels.client import client_of
from bot.domain.knowledge import after_filing_lines, deadline, explain_route, has_notice_address
from bot.domain.safety import PAST_HARM_NOTE, harm_told_as_past, hazards_in
from bot.domain.time_left import limitation_warning
from bot.ops.settings import get_settings

logger = logging.getLogger(__name__)

FILING_LIMITED_REPLY = (
    "这段时间从这里（或用这个电话）登记的事项太多了，为了防止有人冒名批量提交，暂时不能再登记新的事项。"
    "您刚才说的内容都还在，请过一个小时左右回复“确认”再提交；着急的话也可以拨打当地信访部门的电话。"
)
URGENT_CALL = "这件事已标记为紧急，工作人员会优先联系您。"
URGENT_NO_PHONE = (
    "这件事已标记为紧急，会优先处理。您没有留电话，工作人员没法打给您；需要帮助时，请直接拨打上面说的电话，"
    "有危险马上打110。"
)
# a database restarting (or failing over) answers again within seconds: wait for it rather than fail the
# filing; the filing key makes another try safe even when the first one was stored
DATABASE_RETRY_DELAYS_S = tuple(doubling_waits(0.5, 4.0, total_s=7.5))  # 0.5, 1, 2, 4 s


def _how_to_check(case) -> str:
    if case.phone:
        return "请记好事项编号，以后凭编号和您留的电话（或查询码）就能查进度。"
    return "您没有留电话，以后查进度要用事项编号和查询码，请一定记好，最好截图保存。"


def _day(value: date) -> str:
    return f"{value.year}年{value.month}月{value.day}日"


def _filed_day(case) -> date:
    created = case.created_at
    if created.tzinfo is None:  # stored in UTC
        created = created.replace(tzinfo=timezone.utc)
    return created.astimezone(ZoneInfo(get_settings().timezone)).date()


def filed_message(case, route: str = "petition", variant: str | None = None) -> str:
    """Number, query code and what happens next for this route, each step with its article.

    Only route `petition` gets the 60-day 信访处理意见书 (第31条第六项, 第34条); other statutory routes are led
    into their own procedure, whose time limits follow in the route explanation. The 第23条 notice is
    counted from the handling organ's receipt, so it is never given a date here.
    """
    register = deadline("register_transfer")
    steps = [
        f"登记日期：{_day(_filed_day(case))}",
        f"{_day(case.register_deadline)}前，信访部门把事项转送或交办到有权处理的机关（《信访工作条例》{register.article}）。",
        *after_filing_lines(route, identified=has_notice_address(case), variant=variant),
    ]
    lines = "\n".join(f"· {step}" for step in steps)
    return (
        f"已经帮您登记好了。\n事项编号：{case.case_number}\n查询码：{case.query_code}\n"
        f"{_how_to_check(case)}\n\n接下来：\n{lines}"
    )


async def file_waiting_for_the_database(case_input: CaseInput) -> FiledCase:
    async def file() -> FiledCase:
        return services.case_repository().file_case(case_input)

    return await retry_transient(
        file,
        transient=lost_connection,  # a restart, and a pooled connection the restart left dead
        waits=DATABASE_RETRY_DELAYS_S,
        event="filing.database_unavailable",
    )


class FileCase(Action):
    def name(self) -> str:
        return "action_file_case"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        if not tracker.get_slot("awaiting_confirmation"):
            filed = tracker.get_slot("case_number")
            if filed:
                dispatcher.utter_message(text=f"这件事已经登记过了，事项编号是 {filed}，不会重复登记。")
            else:
                dispatcher.utter_message(text="还没有要提交的内容。有什么事想反映，直接跟我说就行。")
            return []
        slots = dict(tracker.slots)
        fixed = corrections_beside_yes(tracker)  # "对 提交 名字写李娟": filed with the change
        slots.update(fixed.updates if fixed else {})
        filed = await file_slots(dispatcher, tracker, slots, fixed=fixed)
        if tracker.latest_action_name == "action_correct_detail":  # "… 其他对了 提交": filed, then wait
            return [*filed, FollowupAction("action_listen")]
        return [*filed, *_next_matter_beside_yes(tracker, filed)]


def _next_matter_beside_yes(tracker: Tracker, filed: list[EventType]) -> list[EventType]:
    """ "对 另外还想提个建议 路口能不能装个红绿灯": the matter told after the yes is taken up once this one is filed,
    never dropped (lead-099); with matters already waiting it joins them and the rules take the next one up."""
    split = answer_then_another_matter(tracker.latest_message.get("text") or "")
    if split is None or accepts_summary(split[0]) is None:
        return []
    if not any(e.get("name") == "case_number" and e.get("value") for e in filed):
        return []  # not filed (a flood, a failure): nothing moves on
    pending = list(tracker.get_slot("pending_matters") or [])
    kept = [SlotSet("pending_matters", [*pending, split[1]]), SlotSet("more_matters", True)]
    return kept if tracker.get_slot("more_matters") else [*kept, FollowupAction("action_offer_next_matter")]


async def file_slots(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    slots: dict[str, Any],
    *,
    read_back: str = "",
    fixed: Any = None,
) -> list[EventType]:
    """Files the case these slots describe; `read_back`, said first, tells what is filed when no summary was
    confirmed ("对，提交" at a question); `fixed`, the changes said beside the yes ("对 提交 名字写李娟")."""
    decision = chosen_route(slots)  # the route the summary showed (answered or chosen), else decided now
    channel = tracker.get_latest_input_channel() or "rest"
    client = client_of(tracker.latest_message)
    case_input = case_input_from_slots(
        slots, tracker.sender_id, channel, decision.code, decision.reason, client=client
    )
    try:
        filed = await file_waiting_for_the_database(case_input)
    except FilingLimited:  # a flood from one client or for one phone; what was said stays in the slots
        dispatcher.utter_message(text=FILING_LIMITED_REPLY)
        return []
    except Exception:  # the citizen must hear something honest, and nothing they said is lost
        logger.exception("filing failed for %s", tracker.sender_id)
        dispatcher.utter_message(
            text="抱歉，系统刚才出了点问题，还没登记成功。您说的内容都还在，请稍后回复“确认”再试一次。"
        )
        return []

    case = filed.case
    for said in fixed.said if fixed else []:  # what the yes also changed, before the filing text
        dispatcher.utter_message(text=said)
    if read_back:
        dispatcher.utter_message(text=read_back)
    dispatcher.utter_message(text=filed_message(case, decision.code, decision.variant))
    hazards = hazards_in(slots.get("issue_text"))  # a blocked fire escape: whom to call, whatever the route
    story = slots.get("issue_text") or ""
    explained = explain_route(decision.code, decision.variant, hazards=hazards, story=story)
    # the route's own period, by the time the story gave: how long is left, or that it may have run out
    warning = limitation_warning(
        decision.code, decision.variant, slots.get("occurred_at"), _filed_day(case), story
    )
    dispatcher.utter_message(text=f"{explained}\n{warning}" if warning else explained)
    if case.urgent:  # no phone left: nobody can call, so no call is promised
        dispatcher.utter_message(text=URGENT_CALL if case.phone else URGENT_NO_PHONE)
    elif harm_told_as_past(slots.get("issue_text"), today=_filed_day(case)):
        # a past beating: no alarm, but 110 in reach
        dispatcher.utter_message(text=PAST_HARM_NOTE)
    events: list[EventType] = [
        SlotSet("case_number", case.case_number),
        SlotSet("route", decision.code),
        SlotSet("awaiting_confirmation", False),
        SlotSet("urgent", False),
        SlotSet("threat_flag", False),
    ]
    events += [SlotSet(slot, None) for slot in RESET_AFTER_FILING]
    kept = (
        fixed.updates if fixed else {}
    )  # the name or phone changed beside the yes stays for the next matter
    events += [SlotSet(slot, value) for slot, value in kept.items() if slot not in RESET_AFTER_FILING]
    # a next matter told "在同一个地方" takes this place (actions/intake_lookups.read_location)
    events += [
        SlotSet("last_location", slots.get("location")),
        SlotSet("last_location_code", slots.get("location_code")),
    ]
    # "对 提交 多久能有结果": the question beside the yes, answered for the case just filed
    after = {**slots, **{e["name"]: e["value"] for e in events if e.get("event") == "slot"}}
    for reply in aside_replies(after, tracker.latest_message.get("text"), story):
        dispatcher.utter_message(text=reply)
    return events
