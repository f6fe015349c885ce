"""When the current step of a case is due (《信访工作条例》, docs/legal.md §2), and staff's label for it.

Pure: no database. Day counts and articles are `bot.cases.deadlines.deadline_rule`'s (knowledge/legal_routes.yml,
read lazily, with the statutory values as a fallback).

`closed_on` is the date of the latest written answer (处理意见, 复查意见 or 复核意见) and
`review_requested_on` the date the latest 复查/复核 request arrived; the status history keeps earlier ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bot.cases import handling
from bot.cases.deadlines import deadline_rule
from bot.cases.schemas import (
    STATUS_CLOSED,
    STATUS_PENDING,
    STATUS_REEXAM,
    STATUS_REEXAM_DONE,
    STATUS_REJECTED,
    STATUS_REVIEW,
    STATUS_REVIEW_DONE,
    STATUS_TRANSFERRED,
    STATUS_VOID,
)
from bot.cases.transitions import HANDLING_STATUSES

# A pending case is due at the earlier of registration/transfer (第22条) and the acceptance notice (第23条);
# the repository stores this article with the first due date at filing.
FIRST_DUE_ARTICLE = "第22条、第23条"


@dataclass(frozen=True)
class Due:
    """Deadline of the current step: `on` is None when staff have nothing pending."""

    on: date | None
    article: str | None
    label: str


def is_overdue(due_on: date | None, today: date) -> bool:
    return due_on is not None and due_on < today


def _plus(day: date, step: str) -> date:
    return day + timedelta(days=deadline_rule(step).days)


def _countdown(on: date, today: date) -> str:
    left = (on - today).days
    if left < 0:
        return f"已超期{-left}天"
    if left == 0:
        return "今天到期"
    return f"还有{left}天"


def _handling_article(extension_days: int | None) -> str:
    article = deadline_rule("handling").article
    extension_article = deadline_rule("extension").article
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
        article = deadline_rule(step).article
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
        rule = deadline_rule("review_request" if status == STATUS_CLOSED else "reexamination_request")
        article = rule.article
        asked = "复查" if status == STATUS_CLOSED else "复核"
        if closed_on is None:
            return Due(None, article, f"信访人可在收到书面意见之日起{rule.days}日内请求{asked}（{article}）")
        until = closed_on + timedelta(days=rule.days)
        window = "期限已过" if until < today else f"还有{(until - today).days}天"
        return Due(None, article, f"信访人可在{until.isoformat()}前请求{asked}（{window}，{article}）")
    if status == STATUS_REEXAM_DONE:
        article = deadline_rule("reexamination_answer").article
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
