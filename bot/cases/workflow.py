"""Staff moving a case through its legal steps: the column values after a status change, the 第34条 extension
or a corrected route (《信访工作条例》, docs/legal.md §2). Pure: no database.

Which moves are allowed is `bot.cases.transitions`; when each step is due, `bot.cases.due_dates`.
"""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta
from typing import Any

from bot.cases import deadlines, handling
from bot.cases.due_dates import due_of
from bot.cases.schemas import STATUS_ACCEPTED, STATUS_REJECTED, STATUS_TRANSFERRED, STATUS_VOID, STATUSES
from bot.cases.transitions import (
    HANDLING_STATUSES,
    REASON_REQUIRED,
    REVIEW_REQUEST,
    TRANSITIONS,
    WRITTEN_ANSWER,
    next_statuses,
)


def max_extension_days() -> int:
    """第34条: at most 30 more days (the knowledge file's `extension` step)."""
    return deadlines.deadline_days(deadlines.HANDLING_EXTENSION.step)


def __getattr__(name: str) -> Any:
    # MAX_EXTENSION_DAYS is read from the knowledge file on first use, not at import time
    if name == "MAX_EXTENSION_DAYS":
        return max_extension_days()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def clean_reason(reason: str | None) -> str | None:
    """Blank → None; otherwise the text as written, stripped (newlines kept)."""
    text = (reason or "").strip()
    return text or None


def transition_updates(
    current: dict[str, Any],
    to_status: str,
    *,
    today: date,
    reason: str | None = None,
    accepted_on: date | None = None,
) -> dict[str, Any]:
    """Column values after moving a case (its fields in `current`) to `to_status`; ValueError if not allowed."""
    if to_status not in TRANSITIONS:
        raise ValueError(f"unknown status {to_status!r}; one of {', '.join(STATUSES)}")
    status = current["status"]
    if to_status not in next_statuses(status):
        allowed = "、".join(next_statuses(status)) or "无（该事项已终结）"
        raise ValueError(f"“{status}”的事项不能改为“{to_status}”；可以改为：{allowed}")
    reason = clean_reason(reason)
    if reason is None and to_status == STATUS_REJECTED:
        raise ValueError("不予受理需要写明理由（会告知信访人）")
    if reason is None and to_status == STATUS_TRANSFERRED:
        raise ValueError("请写明转送到哪个机关")
    if reason is None and to_status == STATUS_VOID:
        raise ValueError("登记作废需要写明理由（例如：同一来源一小时内批量提交的重复内容）")
    updates: dict[str, Any] = {"status": to_status}
    if to_status in REASON_REQUIRED:
        updates["decision_reason"] = reason
    if to_status == STATUS_ACCEPTED:
        updates["accepted_on"] = accepted_on or today
        ordinary = handling.is_ordinary(current.get("route"))
        updates["handling_deadline"] = (
            deadlines.handling_deadline(updates["accepted_on"]) if ordinary else None
        )
        updates["extension_days"] = None
        updates["extension_reason"] = None
    if to_status in WRITTEN_ANSWER:
        updates["closed_on"] = today
    if to_status in REVIEW_REQUEST:
        updates["review_requested_on"] = today
    due = due_of({**current, **updates}, today)
    updates["due_on"] = due.on
    updates["due_article"] = due.article if due.on is not None else None
    return updates


def parse_extension_days(days: int | str) -> int:
    """Form input (full-width digits too) → whole days; ValueError with a message for staff."""
    limit = max_extension_days()
    if isinstance(days, bool):
        raise ValueError("延期天数必须是整数")
    if isinstance(days, str):
        text = unicodedata.normalize("NFKC", days).strip().removesuffix("天").strip()
        if not text.isdigit():
            raise ValueError(f"延期天数请填写1到{limit}之间的整数")
        days = int(text)
    if not isinstance(days, int) or not 1 <= days <= limit:
        raise ValueError(f"延期最多{limit}天（第34条），请填写1到{limit}之间的整数")
    return days


def extension_updates(
    current: dict[str, Any], days: int | str, reason: str | None, *, today: date
) -> dict[str, Any]:
    """第34条: one extension of at most 30 days, with a reason, while the matter is being handled."""
    if current["status"] not in HANDLING_STATUSES:
        raise ValueError("只有“已受理”或“办理中”的事项可以延期")
    if not handling.is_ordinary(current.get("route")):
        raise ValueError(
            "只有按信访程序办理、出具信访处理意见书的事项可以延期（第34条）；其他途径按其法定程序的期限"
        )
    if current.get("extension_days"):
        raise ValueError("这个事项已经延期过一次，不能再延期（第34条）")
    days = parse_extension_days(days)
    reason = clean_reason(reason)
    if reason is None:
        raise ValueError("延期需要写明理由（会告知信访人）")
    base = current.get("handling_deadline")
    if base is None:
        accepted = current.get("accepted_on") or today
        base = deadlines.handling_deadline(accepted)
    updates: dict[str, Any] = {
        "extension_days": days,
        "extension_reason": reason,
        "handling_deadline": base + timedelta(days=days),
    }
    due = due_of({**current, **updates}, today)
    updates["due_on"] = due.on
    updates["due_article"] = due.article
    return updates


def route_change_updates(current: dict[str, Any], route: str | None, *, today: date) -> dict[str, Any]:
    """Deadline columns after staff correct the route of a case being handled: the 60-day clock (from the
    acceptance date) starts or stops with route `petition`. {} when nothing changes."""
    if current["status"] not in HANDLING_STATUSES:
        return {}
    changed = {**current, "route": route}
    if not handling.is_ordinary(route):
        changed.update(handling_deadline=None, extension_days=None, extension_reason=None)
    elif current.get("handling_deadline") is None and current.get("accepted_on") is not None:
        changed["handling_deadline"] = deadlines.handling_deadline(current["accepted_on"])
    due = due_of(changed, today)
    changed.update(due_on=due.on, due_article=due.article if due.on is not None else None)
    columns = ("handling_deadline", "extension_days", "extension_reason", "due_on", "due_article")
    return {name: changed.get(name) for name in columns if changed.get(name) != current.get(name)}
