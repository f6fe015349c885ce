"""A citizen's progress lookup: found only for a case number with its phone or its query code, throttled."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.cases import throttle
from bot.cases.case_rows import to_record
from bot.cases.models import Case
from bot.cases.numbers import normalize_case_number
from bot.cases.schemas import ProgressResult


def lookup_progress(
    session: Session,
    case_number: str,
    phone: str,
    requester: str | None,
    now: datetime,
    *,
    client: str | None,
    digest_secret: str,
) -> ProgressResult:
    """A wrong pair looks like an unknown case; every attempt is recorded, in the caller's transaction.

    `client`: the address the channel saw (never the client's own claim), a throttle key of its own.
    """
    number = normalize_case_number(case_number)
    attempt = throttle.Attempt(
        case_number=number,
        requester=(requester or "").strip() or None,
        client=(client or "").strip()[:255] or None,
        phone_digest=throttle.phone_digest(phone, digest_secret),
        phone_masked=throttle.masked_given(phone),
    )
    case = session.execute(select(Case).where(Case.case_number == number)).scalar_one_or_none()
    owner = attempt.requester is not None and (
        (case is not None and case.conversation_id == attempt.requester)
        or throttle.is_known_device(session, attempt.requester, number)
    )
    wait = throttle.retry_after_s(session, attempt, now, owner=owner)
    if wait > 0:
        # checked before the pair: a throttled guesser learns nothing, right or wrong
        throttle.record_attempt(session, attempt, throttle.OUTCOME_THROTTLED, now)
        return ProgressResult("throttled", None, wait)
    stored_phone = case.phone if case is not None else None
    stored_code = case.query_code if case is not None else None
    phone_ok = throttle.phones_match(phone, stored_phone)
    code_ok = throttle.codes_match(phone, stored_code)  # both compared, so timing tells nothing
    if phone_ok or code_ok:
        throttle.record_attempt(session, attempt, throttle.OUTCOME_SUCCESS, now)
        return ProgressResult("found", to_record(case), 0)
    throttle.record_attempt(session, attempt, throttle.OUTCOME_FAILURE, now)
    return ProgressResult("not_found", None, 0)
