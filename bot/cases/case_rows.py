"""A case's row built from what the citizen told: the columns as stored, and the numbered copy for one day."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime

from bot.cases import deadlines, throttle
from bot.cases.crypto import encrypt_id_number, mask_id_number
from bot.cases.due_dates import FIRST_DUE_ARTICLE
from bot.cases.models import Case, CaseEvidence, CaseStatusChange
from bot.cases.numbers import format_case_number, new_query_code
from bot.cases.schemas import (
    COLLECTIVE_MIN_PEOPLE,
    STATUS_PENDING,
    CaseInput,
    CaseRecord,
    Evidence,
    optional_float,
    optional_int,
    optional_text,
    people_as_said,
)

SYSTEM_ACTOR = "system"
_RECORD_FIELDS = tuple(f.name for f in fields(CaseRecord) if f.name not in ("has_id_number", "evidence"))


def to_record(case: Case) -> CaseRecord:
    values = {name: getattr(case, name) for name in _RECORD_FIELDS}
    evidence = tuple(Evidence(e.kind, e.media_id, e.url) for e in case.evidence)
    return CaseRecord(**values, has_id_number=case.id_number_encrypted is not None, evidence=evidence)


def case_template(data: CaseInput, id_key: str | None) -> dict:
    """The columns of a new case, its ID number encrypted (a key error surfaces here, before any transaction)."""
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
        "id_number_encrypted": encrypt_id_number(id_number, id_key) if id_number else None,
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


def numbered_case(template: dict, day: date, seq: int, now: datetime) -> Case:
    """The case row numbered `seq` of `day`, pending, with its first deadlines and its first history line."""
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
