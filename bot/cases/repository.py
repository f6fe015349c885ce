"""CaseRepository: file cases idempotently, look up progress safely, change status with history."""

from __future__ import annotations

import random
import time
from dataclasses import fields
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.cases import deadlines, throttle
from bot.cases.citizen_changes import SUPPLEMENT_NOTE, change_note, column_values
from bot.cases.crypto import decrypt_id_number, encrypt_id_number, mask_id_number
from bot.cases.due_dates import FIRST_DUE_ARTICLE
from bot.cases.filing_limits import check_filing
from bot.cases.models import Case, CaseEvidence, CaseStatusChange
from bot.cases.numbers import (
    ensure_aware,
    format_case_number,
    local_date,
    new_query_code,
    normalize_case_number,
    utc_now,
)
from bot.cases.schemas import (
    COLLECTIVE_MIN_PEOPLE,
    STATUS_PENDING,
    CaseInput,
    CaseRecord,
    Evidence,
    FiledCase,
    ProgressResult,
    StatusChange,
    optional_float,
    optional_int,
    optional_text,
    people_as_said,
)
from bot.ops.settings import get_settings

FILING_ATTEMPTS = 25
SYSTEM_ACTOR = "system"
_RECORD_FIELDS = tuple(f.name for f in fields(CaseRecord) if f.name not in ("has_id_number", "evidence"))


def to_record(case: Case) -> CaseRecord:
    values = {name: getattr(case, name) for name in _RECORD_FIELDS}
    evidence = tuple(Evidence(e.kind, e.media_id, e.url) for e in case.evidence)
    return CaseRecord(**values, has_id_number=case.id_number_encrypted is not None, evidence=evidence)


def _find_by_filing_key(session: Session, filing_key: str) -> Case | None:
    return session.execute(select(Case).where(Case.filing_key == filing_key)).scalar_one_or_none()


def _next_sequence(session: Session, day: date) -> int:
    current = session.execute(select(func.max(Case.daily_seq)).where(Case.filed_on == day)).scalar()
    return (current or 0) + 1


class CaseRepository:
    def __init__(self, sessions: sessionmaker, id_encryption_key: str | None = None) -> None:
        self._sessions = sessions
        self._id_key = id_encryption_key  # None → settings ID_ENCRYPTION_KEY

    # -- filing ---------------------------------------------------------------------------

    def file_case(self, data: CaseInput, *, now: datetime | None = None, limited: bool = True) -> FiledCase:
        """Store a case once per `filing_key`; a repeat (even concurrent) returns it with created=False.

        `limited`: a new case over the limits per client or phone raises FilingLimited (`filing_limits`);
        staff filing for a citizen passes False."""
        if not data.filing_key or not data.filing_key.strip():
            raise ValueError("filing_key is required (it makes filing idempotent)")
        if not data.issue_text or not data.issue_text.strip():
            raise ValueError("issue_text is required")
        now = ensure_aware(now or utc_now())
        template = self._build_case(data, now)  # encrypts before any transaction: key errors surface first
        for attempt in range(FILING_ATTEMPTS):
            try:
                with self._sessions.begin() as session:
                    existing = _find_by_filing_key(session, data.filing_key)
                    if existing is not None:
                        return FiledCase(to_record(existing), created=False)
                    if limited:
                        check_filing(session, template["client"], template["phone_key"], now)
                    case = self._numbered_copy(template, session, now)
                    session.add(case)
                    session.flush()
                    record = to_record(case)
                return FiledCase(record, created=True)
            except IntegrityError:
                # a concurrent filing took the same filing_key or sequence number: look again
                time.sleep(random.uniform(0, 0.02 * (attempt + 1)))
        raise RuntimeError(f"could not allocate a case number after {FILING_ATTEMPTS} attempts")

    def _build_case(self, data: CaseInput, now: datetime) -> dict:
        id_number = optional_text(data.id_number)
        if id_number is not None and "*" in id_number:
            raise ValueError("id_number must be the clear value (decrypted), not the masked slot")
        people = optional_int(data.people_count)
        return {
            "filing_key": data.filing_key.strip(),
            "issue_text": data.issue_text,  # exactly as written
            "category": optional_text(data.category),
            "category_confidence": optional_float(data.category_confidence),
            "location": optional_text(data.location),
            "location_code": optional_text(data.location_code),
            "occurred_at": optional_text(data.occurred_at),
            "respondent": optional_text(data.respondent),
            "legal_status": optional_text(data.legal_status),
            "prior_report": optional_text(data.prior_report),
            "people_count": people,
            "people_said": people_as_said(data.people_count),
            "petitioner_name": optional_text(data.petitioner_name),
            "phone": optional_text(data.phone),
            "address": optional_text(data.address),
            "id_number_encrypted": encrypt_id_number(id_number, self._id_key) if id_number else None,
            "id_number_masked": mask_id_number(id_number) if id_number else None,
            "route": optional_text(data.route),
            "route_reason": optional_text(data.route_reason),
            "urgent": bool(data.urgent),
            "threat": bool(data.threat),
            "collective": people is not None and people >= COLLECTIVE_MIN_PEOPLE,
            "channel": optional_text(data.channel),
            "conversation_id": optional_text(data.conversation_id),
            "client": (optional_text(data.client) or "")[:255] or None,
            "phone_key": throttle.phone_key(optional_text(data.phone))[:32] or None,
            "evidence": tuple(data.evidence),
        }

    @staticmethod
    def _numbered_copy(template: dict, session: Session, now: datetime) -> Case:
        day = local_date(now)
        seq = _next_sequence(session, day)
        due = deadlines.filing_deadlines(day)
        columns = {name: value for name, value in template.items() if name != "evidence"}
        case = Case(
            **columns,
            case_number=format_case_number(day, seq),
            query_code=new_query_code(),
            filed_on=day,
            daily_seq=seq,
            status=STATUS_PENDING,
            created_at=now,
            updated_at=now,
            register_deadline=due.register_by,
            acceptance_notice_deadline=due.acceptance_notice_by,
            due_on=min(due.register_by, due.acceptance_notice_by),
            due_article=FIRST_DUE_ARTICLE,
        )
        case.evidence.extend(
            CaseEvidence(kind=e.kind, media_id=e.media_id, url=e.url) for e in template["evidence"]
        )
        case.history.append(
            CaseStatusChange(
                changed_at=now,
                actor=SYSTEM_ACTOR,
                from_status=None,
                to_status=STATUS_PENDING,
                note=f"网上登记（{template['channel'] or '未知渠道'}）",
            )
        )
        return case

    def flag_urgent(self, case_number: str, *, threat: bool = False) -> bool:
        """A crisis told after filing ("登上了有啥用 我是真不想活了"): the case just filed is marked urgent (and 扬言
        when the words threaten); False when there is no such case."""
        with self._sessions.begin() as session:
            case = self._get(session, case_number)
            if case is None:
                return False
            case.urgent = True
            case.threat = case.threat or threat
            return True

    def correct_details(
        self, case_number: str, conversation_id: str, changes: dict, *, now: datetime | None = None
    ) -> bool:
        """A correction said right after filing, in the conversation that filed it, changes the filed case;
        False (nothing changed) for another conversation's case or one staff have taken up already."""
        values = column_values(changes)
        if not values:
            return False
        return self._change_pending(case_number, conversation_id, values, change_note(changes), now)

    def add_supplement(
        self,
        case_number: str,
        conversation_id: str,
        text: str,
        *,
        checked: bool = False,
        now: datetime | None = None,
    ) -> bool:
        """What the citizen adds to the matter after filing ("刚才那个再补充一点：…") is appended to its story, never
        replacing it; False (nothing changed) on the same terms as `correct_details`, except that a case `checked`
        with its phone or query code in this conversation may be added to from it."""
        if not text.strip():
            return False
        case = self.get_by_number(case_number)
        story = f"{case.issue_text}\n（登记后补充）{text.strip()}" if case else ""
        owner = case.conversation_id if case and checked else conversation_id
        return self._change_pending(case_number, owner, {"issue_text": story}, SUPPLEMENT_NOTE, now)

    def _change_pending(
        self, case_number: str, conversation_id: str, values: dict, note: str, now: datetime | None
    ) -> bool:
        now = ensure_aware(now or utc_now())
        with self._sessions.begin() as session:
            case = self._get(session, case_number)
            if case is None or case.status != STATUS_PENDING or case.conversation_id != conversation_id:
                return False
            for name, value in values.items():
                setattr(case, name, value)
            case.updated_at = now
            case.history.append(
                CaseStatusChange(
                    changed_at=now,
                    actor=SYSTEM_ACTOR,
                    from_status=case.status,
                    to_status=case.status,
                    note=note,
                )
            )
            return True

    # -- reading --------------------------------------------------------------------------

    def get_by_number(self, case_number: str) -> CaseRecord | None:
        with self._sessions() as session:
            case = self._get(session, case_number)
            return to_record(case) if case is not None else None

    @staticmethod
    def _get(session: Session, case_number: str) -> Case | None:
        number = normalize_case_number(case_number)
        return session.execute(select(Case).where(Case.case_number == number)).scalar_one_or_none()

    def status_history(self, case_number: str) -> list[StatusChange]:
        with self._sessions() as session:
            case = self._get(session, case_number)
            if case is None:
                return []
            return [
                StatusChange(h.changed_at, h.actor, h.from_status, h.to_status, h.note) for h in case.history
            ]

    def reveal_id_number(self, case_number: str) -> str | None:
        """Clear ID number for authorised staff tools only; never send it to a chat."""
        with self._sessions() as session:
            case = self._get(session, case_number)
            if case is None or case.id_number_encrypted is None:
                return None
            return decrypt_id_number(case.id_number_encrypted, self._id_key)

    # -- progress lookup ------------------------------------------------------------------

    def _digest_secret(self) -> str:
        # the ID key doubles as the digest key: without it the attempts table could be brute-forced to phones
        return self._id_key if self._id_key is not None else get_settings().id_encryption_key

    def lookup_progress(
        self,
        case_number: str,
        phone: str,
        requester: str | None,
        now: datetime | None = None,
        *,
        client: str | None = None,
    ) -> ProgressResult:
        """Found only for a case number with its phone or its query code; a wrong pair looks like an unknown case.

        `client`: the address the channel saw (never the client's own claim), a throttle key of its own.
        """
        now = ensure_aware(now or utc_now())
        number = normalize_case_number(case_number)
        attempt = throttle.Attempt(
            case_number=number,
            requester=(requester or "").strip() or None,
            client=(client or "").strip()[:255] or None,
            phone_digest=throttle.phone_digest(phone, self._digest_secret()),
            phone_masked=throttle.masked_given(phone),
        )
        with self._sessions.begin() as session:
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
