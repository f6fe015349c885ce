"""The legal steps of a case (《信访工作条例》, docs/legal.md §2): allowed moves, deadlines, extension.

Pure: no database. Day counts come from knowledge/legal_routes.yml (`process_deadlines`), read lazily
through `bot.cases.deadlines` / `bot.domain.knowledge`, with the statutory values as a fallback.

`closed_on` is the date of the latest written answer (处理意见, 复查意见 or 复核意见) and
`review_requested_on` the date the latest 复查/复核 request arrived; the status history keeps earlier ones.
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from bot.cases import deadlines, handling
from bot.cases.schemas import (
    STATUS_ACCEPTED,
    STATUS_CLOSED,
    STATUS_IN_PROGRESS,
    STATUS_PENDING,
    STATUS_REEXAM,
    STATUS_REEXAM_DONE,
    STATUS_REJECTED,
    STATUS_REVIEW,
    STATUS_REVIEW_DONE,
    STATUS_TRANSFERRED,
    STATUS_VOID,
    STATUSES,
)
from bot.domain.knowledge import deadline

logger = logging.getLogger(__name__)

TRANSITIONS: dict[str, tuple[str, ...]] = {
    STATUS_PENDING: (STATUS_ACCEPTED, STATUS_REJECTED, STATUS_TRANSFERRED, STATUS_VOID),
    STATUS_ACCEPTED: (STATUS_IN_PROGRESS,),
    STATUS_IN_PROGRESS: (STATUS_CLOSED,),
    STATUS_CLOSED: (STATUS_REVIEW,),  # 第35条
    STATUS_REVIEW: (STATUS_REVIEW_DONE,),
    STATUS_REVIEW_DONE: (STATUS_REEXAM,),  # 第36条
    STATUS_REEXAM: (STATUS_REEXAM_DONE,),
    STATUS_REJECTED: (),
    STATUS_TRANSFERRED: (),
    STATUS_VOID: (),
    STATUS_REEXAM_DONE: (),  # the same facts are no longer accepted (第36条)
}
TERMINAL: frozenset[str] = frozenset(s for s, moves in TRANSITIONS.items() if not moves)
HANDLING_STATUSES: tuple[str, ...] = (STATUS_ACCEPTED, STATUS_IN_PROGRESS)
_REASON_REQUIRED = frozenset({STATUS_REJECTED, STATUS_TRANSFERRED, STATUS_VOID})
_WRITTEN_ANSWER = frozenset({STATUS_CLOSED, STATUS_REVIEW_DONE, STATUS_REEXAM_DONE})
_REQUEST = frozenset({STATUS_REVIEW, STATUS_REEXAM})
FIRST_DUE_ARTICLE = "第22条、第23条"

# Steps bot.cases.deadlines does not know; the knowledge file normally has them all.
_EXTRA_FALLBACK: dict[str, tuple[int, str]] = {
    "review_request": (30, "第35条"),
    "review_answer": (30, "第35条"),
    "reexamination_request": (30, "第36条"),
    "reexamination_answer": (30, "第36条"),
}


@dataclass(frozen=True)
class Due:
    """Deadline of the current step: `on` is None when staff have nothing pending."""

    on: date | None
    article: str | None
    label: str


@cache
def step_rule(step: str) -> tuple[int, str]:
    """(calendar days, article) of a step in knowledge/legal_routes.yml, else the statutory fallback."""
    if step in deadlines.FALLBACK_RULES:
        rule = deadlines.deadline_rule(step)
        return rule.days, rule.article
    fallback = _EXTRA_FALLBACK[step]
    try:
        found = deadline(step)
    except (LookupError, ValueError, OSError) as exc:
        logger.warning(
            "deadline %s not read from the knowledge file (%s); using the built-in value", step, exc
        )
        return fallback
    if found.working_days or found.days <= 0:
        return fallback
    return found.days, found.article or fallback[1]


def max_extension_days() -> int:
    """第34条: at most 30 more days (the knowledge file's `extension` step)."""
    return step_rule("extension")[0]


def __getattr__(name: str) -> Any:
    # MAX_EXTENSION_DAYS is read from the knowledge file on first use, not at import time
    if name == "MAX_EXTENSION_DAYS":
        return max_extension_days()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def next_statuses(status: str) -> tuple[str, ...]:
    if status not in TRANSITIONS:
        raise ValueError(f"unknown status {status!r}; one of {', '.join(STATUSES)}")
    return TRANSITIONS[status]


def reason_required(to_status: str) -> bool:
    """不予受理 needs the reason; 已转送 needs the organ it went to."""
    return to_status in _REASON_REQUIRED


def is_overdue(due_on: date | None, today: date) -> bool:
    return due_on is not None and due_on < today


def _plus(day: date, step: str) -> date:
    return day + timedelta(days=step_rule(step)[0])


def _countdown(on: date, today: date) -> str:
    left = (on - today).days
    if left < 0:
        return f"已超期{-left}天"
    if left == 0:
        return "今天到期"
    return f"还有{left}天"


def _handling_article(extension_days: int | None) -> str:
    article = step_rule("handling")[1]
    extension_article = step_rule("extension")[1]
    if extension_days and extension_article not in article:
        article = f"{article}、{extension_article}"
    return article


def due_after(
    status: str,
    *,
    today: date,
    filed_on: date | None = None,
    register_deadline: date | None = None,
    acceptance_notice_deadline: date | None = None,
    accepted_on: date | None = None,
    handling_deadline: date | None = None,
    extension_days: int | None = None,
    closed_on: date | None = None,
    review_requested_on: date | None = None,
    decision_reason: str | None = None,
    route: str | None = None,
    **_other: Any,
) -> Due:
    """The deadline of `status` from the case's dates (extra keywords, e.g. a whole record's fields, are ignored).

    Once accepted, only route `petition` has the 60-day 信访处理意见书 (第34条); other routes are led into
    their own procedure or handled their own way, with no date here (`bot.cases.handling`)."""
    on: date | None = None
    if status == STATUS_PENDING:
        firsts = [d for d in (register_deadline, acceptance_notice_deadline) if d is not None]
        if not firsts and filed_on is not None:
            firsts = [_plus(filed_on, "register_transfer"), _plus(filed_on, "acceptance_notice")]
        on = min(firsts) if firsts else None
        article = FIRST_DUE_ARTICLE
        what = "登记转送并告知是否受理"
    elif status in HANDLING_STATUSES and not handling.is_ordinary(route):
        other = handling.other_route(route)
        return Due(None, other.article, other.label)
    elif status in HANDLING_STATUSES:
        if handling_deadline is None and accepted_on is not None:
            handling_deadline = _plus(accepted_on, "handling") + timedelta(days=extension_days or 0)
        on = handling_deadline
        article = _handling_article(extension_days)
        what = (
            f"办结并出具信访处理意见书（已延期{extension_days}天）"
            if extension_days
            else "办结并出具信访处理意见书"
        )
    elif status in (STATUS_REVIEW, STATUS_REEXAM):
        step = "review_answer" if status == STATUS_REVIEW else "reexamination_answer"
        on = _plus(review_requested_on, step) if review_requested_on else None
        article = step_rule(step)[1]
        what = "提出复查意见" if status == STATUS_REVIEW else "提出复核意见"
    else:
        return _no_staff_deadline(status, closed_on, decision_reason, today)
    if on is None:
        return Due(None, article, f"{what}（期限未知，{article}）")
    return Due(on, article, f"{what}：{on.isoformat()}前（{_countdown(on, today)}，{article}）")


def due_of(fields: dict[str, Any], today: date) -> Due:
    """`due_after` of a case given as a dict of its fields (e.g. `dataclasses.asdict(record)`)."""
    rest = {k: v for k, v in fields.items() if k not in ("status", "today")}
    return due_after(fields["status"], today=today, **rest)


def _no_staff_deadline(status: str, closed_on: date | None, decision_reason: str | None, today: date) -> Due:
    """Statuses with nothing pending for staff; the label tells the petitioner's own window."""
    if status in (STATUS_CLOSED, STATUS_REVIEW_DONE):
        step = "review_request" if status == STATUS_CLOSED else "reexamination_request"
        article = step_rule(step)[1]
        asked = "复查" if status == STATUS_CLOSED else "复核"
        if closed_on is None:
            return Due(None, article, f"信访人可在收到书面意见之日起30日内请求{asked}（{article}）")
        until = _plus(closed_on, step)
        window = "期限已过" if until < today else f"还有{(until - today).days}天"
        return Due(None, article, f"信访人可在{until.isoformat()}前请求{asked}（{window}，{article}）")
    if status == STATUS_REEXAM_DONE:
        article = step_rule("reexamination_answer")[1]
        return Due(None, article, f"复核意见已作出，同一事实和理由不再受理（{article}）")
    if status == STATUS_REJECTED:
        reason = f"：{decision_reason}" if decision_reason else ""
        return Due(None, None, f"不予受理{reason}")
    if status == STATUS_TRANSFERRED:
        return Due(None, None, f"已转送{decision_reason or '有权处理的机关'}")
    if status == STATUS_VOID:
        return Due(
            None, None, f"登记作废（重复或恶意提交，不是不予受理决定）：{decision_reason or '未写理由'}"
        )
    raise ValueError(f"unknown status {status!r}")


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
    if to_status in _REASON_REQUIRED:
        updates["decision_reason"] = reason
    if to_status == STATUS_ACCEPTED:
        updates["accepted_on"] = accepted_on or today
        ordinary = handling.is_ordinary(current.get("route"))
        updates["handling_deadline"] = (
            deadlines.handling_deadline(updates["accepted_on"]) if ordinary else None
        )
        updates["extension_days"] = None
        updates["extension_reason"] = None
    if to_status in _WRITTEN_ANSWER:
        updates["closed_on"] = today
    if to_status in _REQUEST:
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
