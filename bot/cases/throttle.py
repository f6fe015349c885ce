"""Slows down guessing in progress lookups, persisted in the DB so it holds across processes.

A guess is counted under several keys, each with its own rule: the sender id (the client chooses it), the case
number, the client address the channel saw, and the phone or query code given (a keyed digest, so a sweep of
one phone across many case numbers is slowed whatever sender ids and addresses it uses). After the free
failures of a rule within its window: wait 30 s, then 60 s, 120 s … (capped) after the last failure.
Throttled attempts are logged but do not count as failures. The owner's own device (the conversation that
filed the case, or a sender that already found it) is not held back by others' guesses on the case or phone.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.cases.models import ProgressAttempt
from bot.parsing.phone import extract_phone, mask_phone

WINDOW = timedelta(minutes=15)
FREE_FAILURES = 2  # the 3rd failure in the window starts the wait
BASE_DELAY_S = 30
MAX_DELAY_S = 60 * 60

OUTCOME_SUCCESS = "success"
OUTCOME_FAILURE = "failure"
OUTCOME_THROTTLED = "throttled"


@dataclass(frozen=True)
class Rule:
    column: str  # attribute of ProgressAttempt holding the key
    window: timedelta
    free_failures: int


REQUESTER_RULE = Rule("requester", WINDOW, FREE_FAILURES)
CASE_RULE = Rule("case_number", WINDOW, FREE_FAILURES)
# many honest citizens can share one address (a village office, a mobile carrier's NAT)
CLIENT_RULE = Rule("client", WINDOW, 9)
# one phone tried against many case numbers is a sweep: remembered for a day, across all senders
PHONE_RULE = Rule("phone_digest", timedelta(hours=24), FREE_FAILURES)


@dataclass(frozen=True)
class Attempt:
    """Who asked, about what: the keys a lookup is counted under."""

    case_number: str
    requester: str | None = None
    client: str | None = None
    phone_digest: str | None = None
    phone_masked: str | None = None

    def key(self, rule: Rule) -> str | None:
        return getattr(self, rule.column)


def delay_for_failures(failures: int, free: int = FREE_FAILURES) -> int:
    """Seconds to wait after the latest of `failures` recent failures (0, 0, 30, 60, 120 … with 2 free)."""
    if failures <= free:
        return 0
    return min(BASE_DELAY_S * 2 ** (failures - free - 1), MAX_DELAY_S)


def _wait_for(session: Session, rule: Rule, value: str, now: datetime) -> int:
    column = getattr(ProgressAttempt, rule.column)
    count, last = session.execute(
        select(func.count(ProgressAttempt.id), func.max(ProgressAttempt.attempted_at)).where(
            column == value,
            ProgressAttempt.outcome == OUTCOME_FAILURE,
            ProgressAttempt.attempted_at > now - rule.window,
        )
    ).one()
    delay = delay_for_failures(count, rule.free_failures)
    if not delay or last is None:
        return 0
    if isinstance(last, str):  # func.max over a TypeDecorator can come back raw on SQLite
        last = datetime.fromisoformat(last)
    if last.tzinfo is None:
        last = last.replace(tzinfo=now.tzinfo)
    remaining = (last + timedelta(seconds=delay) - now).total_seconds()
    return max(0, math.ceil(remaining))


def retry_after_s(session: Session, attempt: Attempt, now: datetime, *, owner: bool = False) -> int:
    """0 when a lookup may proceed, else the seconds to wait (the longest of the keys).

    `owner`: the asker is the case's own device, so others' guesses on the case number or the phone do not
    hold it back; its own failures (sender, address) still do.
    """
    rules = [REQUESTER_RULE, CLIENT_RULE] if owner else [REQUESTER_RULE, CLIENT_RULE, CASE_RULE, PHONE_RULE]
    waits = [_wait_for(session, rule, attempt.key(rule), now) for rule in rules if attempt.key(rule)]
    return max(waits, default=0)


def is_known_device(session: Session, requester: str | None, case_number: str) -> bool:
    """The sender already found this case once (the owner looking again from the same device)."""
    if not requester:
        return False
    found = session.execute(
        select(ProgressAttempt.id)
        .where(
            ProgressAttempt.requester == requester,
            ProgressAttempt.case_number == case_number,
            ProgressAttempt.outcome == OUTCOME_SUCCESS,
        )
        .limit(1)
    ).first()
    return found is not None


def record_attempt(session: Session, attempt: Attempt, outcome: str, now: datetime) -> None:
    session.add(
        ProgressAttempt(
            requester=attempt.requester or None,
            case_number=attempt.case_number,
            client=attempt.client or None,
            phone_digest=attempt.phone_digest,
            phone_masked=attempt.phone_masked,
            outcome=outcome,
            attempted_at=now,
        )
    )


def phone_digest(given: str | None, secret: str | None) -> str | None:
    """Keyed digest of the phone or query code given, so the attempts table never holds it in clear."""
    key = phone_key(given)
    if not key:
        return None
    mac = hmac.new((secret or "").encode() + b"|progress-throttle", key.encode(), hashlib.sha256)
    return mac.hexdigest()[:32]


def masked_given(given: str | None) -> str | None:
    """What staff see of the phone in a sweep alarm (138****5678); a query code is shown as 查询码."""
    if extract_phone(unicodedata.normalize("NFKC", given or "")):
        return mask_phone(given)
    return "查询码" if len(phone_key(given)) == 6 else None


def phone_key(text: str | None) -> str:
    """Comparable form of a phone number: digits only, country code dropped, landline keeps its 0."""
    if not text:
        return ""
    raw = unicodedata.normalize("NFKC", text)
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
