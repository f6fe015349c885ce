"""Sweep alarms for the staff console: someone trying one phone against many case numbers, or one address
trying many pairs, in progress lookups (issue 16). Only masked phones are shown; the counts are what staff act on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.cases.models import ProgressAttempt
from bot.cases.numbers import ensure_aware, utc_now
from bot.cases.throttle import OUTCOME_SUCCESS

SWEEP_WINDOW = timedelta(hours=24)
SWEEP_MIN_ATTEMPTS = 10  # a citizen who mistyped tries a few times; ten wrong lookups in a day is a search


@dataclass(frozen=True)
class SweepAlarm:
    kind: str  # "phone" | "client"
    shown: str  # 138****5678, 查询码 or the client address
    attempts: int  # lookups that did not find a case (wrong pair or held back)
    case_numbers: int  # distinct case numbers tried
    last_at: datetime


KIND_LABELS = {"phone": "同一电话", "client": "同一来源"}


def _alarms(session: Session, kind: str, key, shown, since: datetime, minimum: int) -> list[SweepAlarm]:
    rows = session.execute(
        select(
            key,
            func.max(shown),
            func.count(ProgressAttempt.id),
            func.count(func.distinct(ProgressAttempt.case_number)),
            func.max(ProgressAttempt.attempted_at),
        )
        .where(
            key.is_not(None), ProgressAttempt.outcome != OUTCOME_SUCCESS, ProgressAttempt.attempted_at > since
        )
        .group_by(key)
        .having(func.count(ProgressAttempt.id) >= minimum)
    ).all()
    alarms = []
    for _key, label, attempts, numbers, last in rows:
        if isinstance(last, str):  # func.max over a TypeDecorator can come back raw on SQLite
            last = datetime.fromisoformat(last)
        alarms.append(SweepAlarm(kind, label or "（未记录）", attempts, numbers, ensure_aware(last)))
    return alarms


def sweep_alarms(
    sessions: sessionmaker, *, now: datetime | None = None, minimum: int = SWEEP_MIN_ATTEMPTS
) -> list[SweepAlarm]:
    """Phones and client addresses with `minimum` or more failed or held-back lookups in the last 24 hours,
    most attempts first."""
    since = ensure_aware(now or utc_now()) - SWEEP_WINDOW
    with sessions() as session:
        alarms = _alarms(
            session, "phone", ProgressAttempt.phone_digest, ProgressAttempt.phone_masked, since, minimum
        ) + _alarms(session, "client", ProgressAttempt.client, ProgressAttempt.client, since, minimum)
    return sorted(alarms, key=lambda a: (-a.attempts, a.shown))
