"""What a progress check tells about a case found: its status and the time limits that apply now, and the slots
that make it the case in hand (a question after the check is about it, as after a filing)."""

from __future__ import annotations

from datetime import timezone
from zoneinfo import ZoneInfo

from rasa_sdk.events import EventType, SlotSet

from actions.route_slots import likely_route
from bot.cases import STATUS_PENDING
from bot.domain.knowledge import deadline, has_notice_address, load_knowledge, notice_line
from bot.domain.knowledge_records import ROUTE_VARIANTS
from bot.ops.settings import get_settings


def status_reply(case) -> str:
    lines = [f"事项 {case.case_number} 目前的状态是：{case.status}。"]
    lines += [f"· {line}" for line in case_deadline_lines(case)]
    return "\n".join(lines)


# asked to hurry a case found: it is on record, and a harm going on now goes to the line that acts at once
URGED = "可以催。您要催办的意思已经记下了，工作人员处理这件事时能看到，会按时限尽快转办（《信访工作条例》第22条）。"
URGED_NOW = "事情还在发生、等不及的，可以直接打电话反映，当地管这件事的部门能及时去处理：{}。"


def urge_reply(code: str | None, variant: str | None) -> str:
    """The answer to "能不能催一下" of a case in hand: yes, and the route's own lines for what cannot wait."""
    code = code if code in load_knowledge().routes else "petition"
    lines = load_knowledge().route(code).resolve(variant).hotlines
    now = URGED_NOW.format("；".join(f"{line.number}（{line.what}）" for line in lines)) if lines else ""
    return URGED + now


def urge_reply_for(case) -> str:
    """The same for a case just found by a check."""
    code = case.route if case.route in load_knowledge().routes else "petition"
    return urge_reply(code, _story_variant(case, code))


def _story_variant(case, code: str) -> str | None:
    """The variant the case's story points to (a shop's bad food: the market lines), else the one the filing named;
    variants that share the route's title are told apart only by the story."""
    told = likely_route(
        {"issue_text": getattr(case, "issue_text", None), "category": getattr(case, "category", None)}
    )
    if told is not None and told.code == code and told.variant:
        return told.variant
    return filed_variant(case)


def _day(value) -> str:
    return f"{value.year}年{value.month}月{value.day}日"


def case_deadline_lines(case) -> list[str]:
    """The time limits that apply to the case now, each with its article."""

    created = case.created_at
    if created.tzinfo is None:  # stored in UTC
        created = created.replace(tzinfo=timezone.utc)
    lines = [f"登记日期：{_day(created.astimezone(ZoneInfo(get_settings().timezone)))}"]
    if case.status == STATUS_PENDING:
        lines.append(
            f"{_day(case.register_deadline)}前转送或交办到有权处理的机关（《信访工作条例》"
            f"{deadline('register_transfer').article}）"
        )
        # 第23条 counts from the handling organ's receipt: no date, and only with name and address
        route = case.route if case.route in load_knowledge().routes else "petition"
        notice = notice_line(route, identified=has_notice_address(case), variant=filed_variant(case))
        if notice:
            lines.append(notice.rstrip("。"))
    if case.handling_deadline:
        lines.append(
            f"{_day(case.handling_deadline)}前办结并出具信访处理意见书（{deadline('handling').article}），"
            f"情况复杂的最多延长{deadline('extension').days}日（{deadline('extension').article}）"
        )
    return lines


def filed_variant(case) -> str | None:
    """The variant of the case's route that the filing told (its title is the first one the recorded reason
    names: "按反映内容判断：民事纠纷：调解或民事诉讼（0.71）…"), so the progress reply says what the filing said."""
    code = case.route if case.route in load_knowledge().routes else None
    reason = getattr(case, "route_reason", None) or ""
    if code is None or not reason:
        return None
    route = load_knowledge().route(code)
    named = [
        (reason.find(title), v)
        for v in ROUTE_VARIANTS.get(code, ())
        if (title := route.resolve(v).title) in reason
    ]
    return min(named)[1] if named else None


def case_in_hand(case) -> list[EventType]:
    """ "那什么时候有人给我核" after the check: asked of the case found, as if it had just been filed here."""
    return [
        SlotSet("case_number", case.case_number),
        SlotSet("route", case.route),
        SlotSet("route_variant", _story_variant(case, case.route)),
    ]
