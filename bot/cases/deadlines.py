"""Statutory deadlines of a case (《信访工作条例》, docs/legal.md §2), as calendar dates.

Day counts come from `knowledge/legal_routes.yml` (`process_deadlines`, via `bot.domain.knowledge`), the single
reviewed source, read only by `deadline_rule`. The table below, with its articles, is only a fallback so that
filing and staff's deadlines never fail because the knowledge file is missing or broken.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from bot.domain.knowledge import load_knowledge

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeadlineRule:
    step: str
    days: int
    article: str


REGISTER_TRANSFER = DeadlineRule("register_transfer", 15, "第22条")
ACCEPTANCE_NOTICE = DeadlineRule("acceptance_notice", 15, "第23条")
HANDLING = DeadlineRule("handling", 60, "第34条")  # 第32条 only lists what the 意见书 holds
HANDLING_EXTENSION = DeadlineRule("extension", 30, "第34条")

FALLBACK_RULES: dict[str, DeadlineRule] = {
    rule.step: rule
    for rule in (
        REGISTER_TRANSFER,
        ACCEPTANCE_NOTICE,
        HANDLING,
        HANDLING_EXTENSION,
        DeadlineRule("review_request", 30, "第35条"),  # the petitioner's window to ask for 复查
        DeadlineRule("review_answer", 30, "第35条"),
        DeadlineRule("reexamination_request", 30, "第36条"),  # the petitioner's window to ask for 复核
        DeadlineRule("reexamination_answer", 30, "第36条"),
    )
}


@dataclass(frozen=True)
class FilingDeadlines:
    register_by: date  # 第22条: registered and transferred/assigned
    # 第23条: 15 days from the handling organ's RECEIPT of the transferred matter, so only a latest date is
    # known at filing (transfer on the last day of 第22条). Never told to the citizen as a date.
    acceptance_notice_by: date


def _is_calendar_days(found: object) -> bool:
    days = getattr(found, "days", None)
    calendar = not getattr(found, "working_days", False)  # working days cannot be added to a date as days
    return isinstance(days, int) and not isinstance(days, bool) and days > 0 and calendar


@cache
def deadline_rule(step: str) -> DeadlineRule:
    """The rule of a step: the knowledge file's if it gives a positive count of calendar days, else the
    built-in one (with a warning). Every reader of a step's deadline comes here."""
    if step not in FALLBACK_RULES:
        raise KeyError(f"unknown deadline step: {step}")
    fallback = FALLBACK_RULES[step]
    try:
        found = load_knowledge().deadline(step)
    except (LookupError, AttributeError, ValueError, OSError) as exc:
        logger.warning(
            "deadline %s not read from the knowledge file (%s); using the built-in value", step, exc
        )
        return fallback
    if not _is_calendar_days(found):
        logger.warning(
            "deadline %s in the knowledge file is not a positive count of calendar days "
            "(days=%r, working_days=%r); using the built-in value",
            step,
            getattr(found, "days", None),
            getattr(found, "working_days", None),
        )
        return fallback
    return DeadlineRule(step, found.days, str(getattr(found, "article", "") or fallback.article))


def deadline_days(step: str) -> int:
    return deadline_rule(step).days


def filing_deadlines(filed_on: date) -> FilingDeadlines:
    register_by = filed_on + timedelta(days=deadline_days(REGISTER_TRANSFER.step))
    return FilingDeadlines(
        register_by=register_by, acceptance_notice_by=acceptance_notice_latest(register_by)
    )


def acceptance_notice_latest(received_on: date) -> date:
    """第23条: the organ that received the transferred matter says within 15 days whether it accepts it."""
    return received_on + timedelta(days=deadline_days(ACCEPTANCE_NOTICE.step))


def handling_deadline(accepted_on: date) -> date:
    """第34条: an ordinary 申诉求决 matter (第31条第六项) is concluded within 60 days of acceptance."""
    return accepted_on + timedelta(days=deadline_days(HANDLING.step))
