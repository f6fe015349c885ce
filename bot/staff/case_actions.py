"""What staff do to a case. Each action checks the role, validates, changes and audits in one transaction.

Bad input raises ValueError with polite Chinese shown to staff as is; a role that may not act raises
PermissionError; an unknown case number raises LookupError.
"""

from __future__ import annotations

import unicodedata
from dataclasses import fields
from datetime import date, datetime
from typing import Any, Literal

from sqlalchemy.orm import sessionmaker

from bot.cases import workflow
from bot.cases.crypto import decrypt_id_number
from bot.cases.models import Case, CaseStatusChange
from bot.cases.numbers import local_date
from bot.cases.repository import to_record
from bot.cases.schemas import STATUS_REJECTED, CaseRecord
from bot.domain.category import CATEGORIES  # the 17 classes; load_lexicon checks categories.yml has them
from bot.domain.knowledge import load_knowledge
from bot.staff.case_common import audit_case
from bot.staff.case_common import load_case as _load
from bot.staff.case_common import moment as _moment
from bot.staff.case_notes import add_note, add_tag, clean_tag, remove_tag
from bot.staff.case_place import resolve_place
from bot.staff.rejection import rejection_problem
from bot.staff.roles import StaffUser, require_update

__all__ = [
    "add_note",
    "add_tag",
    "change_status",
    "clean_tag",
    "edit_case",
    "extend_handling",
    "record_view",
    "remove_tag",
    "reveal",
]
_REVEAL_ACTIONS = {
    "phone": "case.reveal_phone",
    "id_number": "case.reveal_id",
    "address": "case.reveal_address",
}
_WORKFLOW_FIELDS = tuple(f.name for f in fields(CaseRecord) if f.name not in ("has_id_number", "evidence"))


def _fields(case: Case) -> dict[str, Any]:
    return {name: getattr(case, name) for name in _WORKFLOW_FIELDS} | {"filed_on": case.filed_on}


def _apply(case: Case, updates: dict[str, Any], now: datetime) -> tuple[dict[str, Any], dict[str, Any]]:
    """Set the changed columns; returns (before, after) of those columns for the audit log."""
    before = {name: getattr(case, name) for name in updates}
    for name, value in updates.items():
        setattr(case, name, value)
    case.updated_at = now
    return before, dict(updates)


def change_status(
    sessions: sessionmaker,
    actor: StaffUser,
    case_number: str,
    to_status: str,
    reason: str | None = None,
    *,
    ip: str | None = None,
    now: datetime | None = None,
    accepted_on: date | None = None,
) -> CaseRecord:
    """Move the case one legal step (only what `workflow.next_statuses` allows), with history and audit."""
    require_update(actor)
    now = _moment(now)
    with sessions.begin() as session:
        case = _load(session, case_number)
        updates = workflow.transition_updates(
            _fields(case), to_status, today=local_date(now), reason=reason, accepted_on=accepted_on
        )
        reason = workflow.clean_reason(reason)
        problem = rejection_problem(reason) if to_status == STATUS_REJECTED else None
        if problem:
            raise ValueError(problem)
        from_status = case.status
        before, after = _apply(case, updates, now)
        case.history.append(
            CaseStatusChange(
                changed_at=now,
                actor=actor.username,
                from_status=from_status,
                to_status=to_status,
                note=reason,
            )
        )
        audit_case(
            session,
            actor,
            case,
            "case.status",
            before=before,
            after=after,
            reason=reason,
            ip=ip,
            now=now,
        )
        session.flush()
        return to_record(case)


def extend_handling(
    sessions: sessionmaker,
    actor: StaffUser,
    case_number: str,
    days: int | str,
    reason: str,
    *,
    ip: str | None = None,
    now: datetime | None = None,
) -> CaseRecord:
    """第34条: extend the handling deadline once, by 1–30 days, with the reason told to the petitioner."""
    require_update(actor)
    now = _moment(now)
    with sessions.begin() as session:
        case = _load(session, case_number)
        updates = workflow.extension_updates(_fields(case), days, reason, today=local_date(now))
        before, after = _apply(case, updates, now)
        audit_case(
            session,
            actor,
            case,
            "case.extend",
            before=before,
            after=after,
            reason=updates["extension_reason"],
            ip=ip,
            now=now,
        )
        session.flush()
        return to_record(case)


def _category(text: str) -> str:
    name = unicodedata.normalize("NFKC", text).strip()
    if name not in CATEGORIES:
        raise ValueError(f"“{name}”不是一级分类；请选择：{'、'.join(CATEGORIES)}")
    return name


def _route(text: str) -> str:
    code = text.strip()
    routes = load_knowledge().routes
    if code not in routes:
        raise ValueError(f"没有“{code}”这条途径；可选：{'、'.join(routes)}")
    return code


def edit_case(
    sessions: sessionmaker,
    actor: StaffUser,
    case_number: str,
    *,
    reason: str,
    category: str | None = None,
    place_text: str | None = None,
    route: str | None = None,
    ip: str | None = None,
    now: datetime | None = None,
) -> CaseRecord:
    """Correct what the bot recorded: category, place (resolved to an official division) or route; a new
    route on a case being handled starts or stops its 60-day deadline."""
    require_update(actor)
    reason = workflow.clean_reason(reason)
    if reason is None:
        raise ValueError("请写明修改原因")
    wanted: dict[str, Any] = {}
    if category is not None and category.strip():
        wanted["category"] = _category(category)
    if place_text is not None and place_text.strip():
        wanted["location"], wanted["location_code"] = resolve_place(place_text)
    if route is not None and route.strip():
        wanted["route"] = _route(route)
    now = _moment(now)
    with sessions.begin() as session:
        case = _load(session, case_number)
        changes = {name: value for name, value in wanted.items() if getattr(case, name) != value}
        if "category" in changes and case.category_confidence is not None:
            changes["category_confidence"] = None  # the bot's confidence was for the old class
        if not changes:
            raise ValueError("没有需要修改的内容")
        if "route" in changes:  # the 60-day 意见书 clock is for route `petition` only (第34条)
            changes |= workflow.route_change_updates(_fields(case), changes["route"], today=local_date(now))
            # the bot's reason was for the old route: staff's own reason now says why this one
            changes["route_reason"] = f"工作人员{actor.display_name or actor.username}更正：{reason}"
        before, after = _apply(case, changes, now)
        audit_case(
            session,
            actor,
            case,
            "case.edit",
            before=before,
            after=after,
            reason=reason,
            ip=ip,
            now=now,
        )
        session.flush()
        return to_record(case)


def reveal(
    sessions: sessionmaker,
    actor: StaffUser,
    case_number: str,
    field: Literal["phone", "id_number", "address"],
    *,
    ip: str | None = None,
    now: datetime | None = None,
    id_encryption_key: str | None = None,
) -> str | None:
    """The clear phone, ID number or address, audited (the value itself never goes into the log).
    Not for viewers."""
    if field not in _REVEAL_ACTIONS:
        raise ValueError("只能查看电话、身份证号或通讯地址")
    if not actor.can_update:
        raise PermissionError("只读账号不能查看完整的电话、身份证号或通讯地址")
    now = _moment(now)
    with sessions.begin() as session:
        case = _load(session, case_number)
        if field == "phone":
            value = case.phone
        elif field == "address":
            value = case.address
        elif case.id_number_encrypted is None:
            value = None
        else:
            value = decrypt_id_number(case.id_number_encrypted, id_encryption_key)
        audit_case(
            session,
            actor,
            case,
            _REVEAL_ACTIONS[field],
            after={"field": field, "present": value is not None},
            ip=ip,
            now=now,
        )
    return value


def record_view(
    sessions: sessionmaker, actor: StaffUser, case_number: str, *, ip: str | None = None, now=None
) -> None:
    """Audit that `actor` opened the case page (any role may)."""
    with sessions.begin() as session:
        case = _load(session, case_number)
        audit_case(
            session,
            actor,
            case,
            "case.view",
            ip=ip,
            now=_moment(now),
        )
