"""The forms on a case page: each turns the posted fields into one audited `case_actions` call.

Every handler runs in the executor: `(db, user, case_number, form, ip) -> str` (the flash message), except
`reveal`, which returns `{field: clear value}` for the one response that shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from bot.domain.knowledge import load_knowledge
from bot.parsing.legal_status import LEGAL_STATUS_LABELS
from bot.staff import case_actions, case_queries, conversation_actions
from bot.staff.roles import StaffUser

Form = dict[str, str]
REVEAL_FIELDS = {"phone": "电话", "id_number": "身份证号", "address": "通讯地址"}


@lru_cache(maxsize=1)
def route_choices() -> tuple[tuple[str, str], ...]:
    """(code, title) of every route in the knowledge file, for the edit form."""
    return tuple((code, route.base.title) for code, route in load_knowledge().routes.items())


@lru_cache(maxsize=1)
def legal_status_labels() -> dict[str, str]:
    return dict(LEGAL_STATUS_LABELS)


def _text(form: Form, name: str) -> str:
    return (form.get(name) or "").strip()


def change_status(db: Any, user: StaffUser, number: str, form: Form, ip: str | None) -> str:
    to_status = _text(form, "to_status")
    if not to_status:
        raise ValueError("请选择要改成的状态")
    case_actions.change_status(
        db.sessions, user, number, to_status, reason=_text(form, "reason") or None, ip=ip
    )
    return f"状态已改为「{to_status}」"


def extend(db: Any, user: StaffUser, number: str, form: Form, ip: str | None) -> str:
    days_text = _text(form, "days")
    if not days_text.isdigit():
        raise ValueError("延期天数请填写整数，例如 30")
    days = int(days_text)
    case_actions.extend_handling(db.sessions, user, number, days, _text(form, "reason"), ip=ip)
    return f"办理期限已延长 {days} 天"


def edit(db: Any, user: StaffUser, number: str, form: Form, ip: str | None) -> str:
    """Only what differs from the stored case is sent, so an untouched field is never "changed"."""
    detail = case_queries.get_case_detail(db.sessions, number)
    if detail is None:
        raise LookupError(number)
    record = detail.record
    category = _text(form, "category")
    place = _text(form, "place_text")
    route = _text(form, "route")
    changes = {
        "category": category if category and category != (record.category or "") else None,
        "place_text": place if place and place != (record.location or "") else None,
        "route": route if route and route != (record.route or "") else None,
    }
    if not any(changes.values()):
        raise ValueError("没有改动：请先修改类别、地点或去向，再保存")
    reason = _text(form, "reason")
    if not reason:
        raise ValueError("请写明更正的理由")
    case_actions.edit_case(db.sessions, user, number, reason=reason, ip=ip, **changes)
    return "已更正：" + "、".join(
        label
        for key, label in (("category", "类别"), ("place_text", "地点"), ("route", "去向"))
        if changes[key]
    )


def note(db: Any, user: StaffUser, number: str, form: Form, ip: str | None) -> str:
    text = _text(form, "text")
    if not text:
        raise ValueError("备注不能为空")
    case_actions.add_note(db.sessions, user, number, text, ip=ip)
    return "备注已保存"


def tag(db: Any, user: StaffUser, number: str, form: Form, ip: str | None) -> str:
    value = _text(form, "tag")
    if not value:
        raise ValueError("请填写标签")
    case_actions.add_tag(db.sessions, user, number, value, ip=ip)
    return f"已加标签「{value}」"


def untag(db: Any, user: StaffUser, number: str, form: Form, ip: str | None) -> str:
    value = _text(form, "tag")
    case_actions.remove_tag(db.sessions, user, number, value, ip=ip)
    return f"已去掉标签「{value}」"


def review(db: Any, user: StaffUser, number: str, form: Form, ip: str | None) -> str:
    detail = case_queries.get_case_detail(db.sessions, number)
    if detail is None:
        raise LookupError(number)
    if not detail.record.conversation_id:
        raise ValueError("这个事项没有关联的对话记录")
    conversation_actions.mark_reviewed(db.sessions, user, detail.record.conversation_id, reviewed=True, ip=ip)
    return "对话已标记为已审阅"


def reveal(db: Any, user: StaffUser, number: str, form: Form, ip: str | None) -> dict[str, str]:
    field = _text(form, "field")
    if field not in REVEAL_FIELDS:
        raise ValueError("只能显示电话、身份证号或通讯地址")
    value = case_actions.reveal(db.sessions, user, number, field, ip=ip)
    return {field: value} if value else {}


ACTIONS: dict[str, Callable[..., Any]] = {
    "status": change_status,
    "extend": extend,
    "edit": edit,
    "note": note,
    "tag": tag,
    "untag": untag,
    "review": review,
    "reveal": reveal,
}
