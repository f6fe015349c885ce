"""Statutory deadlines of a case (《信访工作条例》, docs/legal.md §2), as calendar dates.

Day counts come from `knowledge/legal_routes.yml` (`process_deadlines`, via `bot.domain.knowledge`), the single
reviewed source. The constants below, with their articles, are only a fallback so that filing never fails
because the knowledge file is missing or broken.
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
    rule.step: rule for rule in (REGISTER_TRANSFER, ACCEPTANCE_NOTICE, HANDLING, HANDLING_EXTENSION)
}


@dataclass(frozen=True)
class FilingDeadlines:
    register_by: date  # 第22条: registered and transferred/assigned
    # 第23条: 15 days from the handling organ's RECEIPT of the transferred matter, so only a latest date is
    # known at filing (transfer on the last day of 第22条). Never told to the citizen as a date.
    acceptance_notice_by: date


def _rule_from_knowledge(step: str) -> DeadlineRule | None:
    try:
        found = load_knowledge().deadline(step)
    except (LookupError, AttributeError, ValueError, OSError) as exc:
        logger.warning(
            "deadline %s not read from the knowledge file (%s); using the built-in value", step, exc
        )
        return None
    days = getattr(found, "days", None)
    if (
        not isinstance(days, int)
        or isinstance(days, bool)
        or days <= 0
        or getattr(found, "working_days", False)
    ):
        return None
    return DeadlineRule(step, days, str(getattr(found, "article", "") or FALLBACK_RULES[step].article))


@cache
def deadline_rule(step: str) -> DeadlineRule:
    """The rule of a step: the knowledge file if it defines it (in calendar days), else the fallback."""
    if step not in FALLBACK_RULES:
        raise KeyError(f"unknown deadline step: {step}")
    return _rule_from_knowledge(step) or FALLBACK_RULES[step]


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
