"""Helpers shared by the staff case actions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.cases.models import Case
from bot.cases.numbers import ensure_aware, normalize_case_number, utc_now
from bot.staff.audit import record
from bot.staff.roles import StaffUser

TARGET = "case"  # audit target_type


def load_case(session: Session, case_number: str) -> Case:
    """The case row, for update in `session`; LookupError (Chinese) if there is none."""
    number = normalize_case_number(case_number)
    case = session.execute(select(Case).where(Case.case_number == number)).scalar_one_or_none()
    if case is None:
        raise LookupError(f"没有找到事项 {number}")
    return case


def moment(now: datetime | None) -> datetime:
    return ensure_aware(now or utc_now())


def audit_case(
    session: Session,
    actor: StaffUser,
    case: Case,
    action: str,
    *,
    now: datetime,
    before: Any = None,
    after: Any = None,
    reason: str | None = None,
    ip: str | None = None,
) -> None:
    """One audit row about `case` by `actor`, in the caller's transaction."""
    record(
        session,
        actor=actor.username,
        action=action,
        target_type=TARGET,
        target_id=case.case_number,
        before=before,
        after=after,
        reason=reason,
        ip=ip,
        now=now,
    )
