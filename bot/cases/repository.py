"""CaseRepository: file cases idempotently, look up progress safely, change status with history."""

from __future__ import annotations

import random
import time
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.cases.case_rows import SYSTEM_ACTOR, case_template, numbered_case, to_record
from bot.cases.citizen_changes import SUPPLEMENT_NOTE, change_note, column_values
from bot.cases.crypto import decrypt_id_number
from bot.cases.filing_limits import check_filing
from bot.cases.models import Case, CaseStatusChange
from bot.cases.numbers import ensure_aware, local_date, normalize_case_number, utc_now
from bot.cases.progress_lookup import lookup_progress
from bot.cases.schemas import STATUS_PENDING, CaseInput, CaseRecord, FiledCase, ProgressResult, StatusChange
from bot.ops.settings import get_settings

__all__ = ["FILING_ATTEMPTS", "SYSTEM_ACTOR", "CaseRepository", "to_record"]

FILING_ATTEMPTS = 25


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
        # encrypted before any transaction: key errors surface first
        template = case_template(data, self._id_key)
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

    @staticmethod
    def _numbered_copy(template: dict, session: Session, now: datetime) -> Case:
        day = local_date(now)
        return numbered_case(template, day, _next_sequence(session, day), now)

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
        heading: str = "登记后补充",
        note: str = SUPPLEMENT_NOTE,
    ) -> bool:
        """What the citizen adds to the matter after filing ("刚才那个再补充一点：…") is appended to its story, never
        replacing it; False (nothing changed) on the same terms as `correct_details`, except that a case `checked`
        with its phone or query code in this conversation may be added to from it. A wish to withdraw is added the
        same way, under its own `heading` and history `note`: staff confirm it with the citizen."""
        if not text.strip():
            return False
        case = self.get_by_number(case_number)
        story = f"{case.issue_text}\n（{heading}）{text.strip()}" if case else ""
        owner = case.conversation_id if case and checked else conversation_id
        return self._change_pending(case_number, owner, {"issue_text": story}, note, now)

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
        secret = self._digest_secret()
        with self._sessions.begin() as session:
            return lookup_progress(
                session, case_number, phone, requester, now, client=client, digest_secret=secret
            )
