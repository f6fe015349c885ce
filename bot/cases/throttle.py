"""Slows down guessing in progress lookups: per requester and per case number, persisted in the DB.

Policy: after 3 failures within 15 minutes, wait 30 s, then 60 s, 120 s … (capped) after the last failure.
Throttled attempts are logged but do not count as failures.
"""

from __future__ import annotations

import hmac
import math
import re
import unicodedata
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.cases.models import ProgressAttempt

WINDOW = timedelta(minutes=15)
FREE_FAILURES = 2  # the 3rd failure in the window starts the wait
BASE_DELAY_S = 30
MAX_DELAY_S = 60 * 60

OUTCOME_SUCCESS = "success"
OUTCOME_FAILURE = "failure"
OUTCOME_THROTTLED = "throttled"


def delay_for_failures(failures: int) -> int:
    """Seconds to wait after the latest of `failures` recent failures (0, 0, 30, 60, 120 …)."""
    if failures <= FREE_FAILURES:
        return 0
    return min(BASE_DELAY_S * 2 ** (failures - FREE_FAILURES - 1), MAX_DELAY_S)


def _wait_for(session: Session, column, value: str, now: datetime) -> int:
    count, last = session.execute(
        select(func.count(ProgressAttempt.id), func.max(ProgressAttempt.attempted_at)).where(
            column == value,
            ProgressAttempt.outcome == OUTCOME_FAILURE,
            ProgressAttempt.attempted_at > now - WINDOW,
        )
    ).one()
    delay = delay_for_failures(count)
    if not delay or last is None:
        return 0
    if isinstance(last, str):  # func.max over a TypeDecorator can come back raw on SQLite
        last = datetime.fromisoformat(last)
    if last.tzinfo is None:
        last = last.replace(tzinfo=now.tzinfo)
    remaining = (last + timedelta(seconds=delay) - now).total_seconds()
    return max(0, math.ceil(remaining))


def retry_after_s(session: Session, requester: str | None, case_number: str, now: datetime) -> int:
    """0 when a lookup may proceed, else the seconds to wait (the longer of the two keys)."""
    waits = [_wait_for(session, ProgressAttempt.case_number, case_number, now)]
    if requester:
        waits.append(_wait_for(session, ProgressAttempt.requester, requester, now))
    return max(waits)


def record_attempt(
    session: Session, requester: str | None, case_number: str, outcome: str, now: datetime
) -> None:
    session.add(
        ProgressAttempt(
            requester=requester or None, case_number=case_number, outcome=outcome, attempted_at=now
        )
    )


def phone_key(text: str | None) -> str:
    """Comparable form of a phone number: digits only, country code dropped, landline keeps its 0."""
    if not text:
        return ""
    raw = unicodedata.normalize("NFKC", text)
    try:
        from bot.parsing.phone import extract_phone
    except ImportError:
        extract_phone = None
    if extract_phone is not None:
        raw = extract_phone(raw) or raw
    digits = re.sub(r"\D", "", raw)
    if digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) >= 12:
        digits = digits[2:]
    if digits and digits[0] not in "01" and len(digits) >= 10:
        digits = "0" + digits  # +86 20 8765 4321 → 02087654321
    return digits


def phones_match(given: str | None, stored: str | None) -> bool:
    a, b = phone_key(given), phone_key(stored)
    # compare_digest keeps the timing of a wrong phone close to that of a missing case
    return hmac.compare_digest(a.encode(), b.encode()) and bool(a) and bool(b)


def codes_match(given: str | None, stored: str | None) -> bool:
    """The query code given at filing, for citizens who left no phone: digits only, compared in constant time."""
    a = re.sub(r"\D", "", unicodedata.normalize("NFKC", given or ""))
    b = stored or ""
    return hmac.compare_digest(a.encode(), b.encode()) and len(b) > 0
