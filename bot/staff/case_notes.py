"""Staff notes and tags on a case, audited in the same transaction."""

from __future__ import annotations

import unicodedata
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.staff.case_common import audit_case
from bot.staff.case_common import load_case as _load
from bot.staff.case_common import moment as _moment
from bot.staff.case_views import NoteView
from bot.staff.models import CaseNote, CaseTag
from bot.staff.roles import StaffUser, require_update

MAX_NOTE_CHARS = 4000
MAX_TAG_CHARS = 32


def add_note(
    sessions: sessionmaker,
    actor: StaffUser,
    case_number: str,
    text: str,
    *,
    ip: str | None = None,
    now: datetime | None = None,
) -> NoteView:
    require_update(actor)
    body = (text or "").strip()
    if not body:
        raise ValueError("备注不能为空")
    if len(body) > MAX_NOTE_CHARS:
        raise ValueError(f"备注最多{MAX_NOTE_CHARS}个字")
    now = _moment(now)
    with sessions.begin() as session:
        case = _load(session, case_number)
        session.add(CaseNote(case_id=case.id, author=actor.username, at=now, text=body))
        case.updated_at = now
        audit_case(
            session,
            actor,
            case,
            "case.note",
            after={"text": body},
            ip=ip,
            now=now,
        )
    return NoteView(actor.username, now, body)


def clean_tag(tag: str) -> str:
    name = " ".join(unicodedata.normalize("NFKC", tag or "").split())
    if not name:
        raise ValueError("标签不能为空")
    if len(name) > MAX_TAG_CHARS:
        raise ValueError(f"标签最多{MAX_TAG_CHARS}个字")
    return name


def _tags(session: Session, case_id: int) -> list[str]:
    query = select(CaseTag.tag).where(CaseTag.case_id == case_id).order_by(CaseTag.tag)
    return list(session.execute(query).scalars())


def _change_tag(
    sessions: sessionmaker, actor: StaffUser, case_number: str, tag: str, *, add: bool, ip: str | None, now
) -> list[str]:
    require_update(actor)
    name = clean_tag(tag)
    now = _moment(now)
    with sessions.begin() as session:
        case = _load(session, case_number)
        before = _tags(session, case.id)
        if (name in before) == add:
            return before  # nothing to change, nothing to audit
        if add:
            session.add(CaseTag(case_id=case.id, tag=name))
        else:
            session.execute(CaseTag.__table__.delete().where(CaseTag.case_id == case.id, CaseTag.tag == name))
        session.flush()
        after = _tags(session, case.id)
        case.updated_at = now
        audit_case(
            session,
            actor,
            case,
            "case.tag_add" if add else "case.tag_remove",
            before={"tags": before},
            after={"tags": after},
            ip=ip,
            now=now,
        )
        return after


def add_tag(sessions, actor: StaffUser, case_number: str, tag: str, *, ip=None, now=None) -> list[str]:
    """Tag the case; returns its tags (unchanged, and not audited, if it already had the tag)."""
    return _change_tag(sessions, actor, case_number, tag, add=True, ip=ip, now=now)


def remove_tag(sessions, actor: StaffUser, case_number: str, tag: str, *, ip=None, now=None) -> list[str]:
    return _change_tag(sessions, actor, case_number, tag, add=False, ip=ip, now=now)
