"""Staff actions on a conversation: file it as a case, mark its transcript reviewed (both audited)."""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from bot.cases import CaseRepository, FiledCase
from bot.cases.from_slots import case_input_from_slots
from bot.cases.models import Case
from bot.cases.numbers import utc_now
from bot.cases.schemas import optional_text
from bot.domain.routing import decide_route
from bot.staff.audit import record
from bot.staff.conversations import TARGET, conversation_slots, event_rows, reviewed_ids
from bot.staff.models import TranscriptReview
from bot.staff.roles import StaffUser, require_update
from bot.staff.transcripts import events_table_exists, is_payload


def _existing_case_number(sessions: sessionmaker, conversation_id: str) -> str | None:
    with sessions() as session:
        return session.execute(
            select(Case.case_number).where(Case.conversation_id == conversation_id).order_by(Case.id).limit(1)
        ).scalar_one_or_none()


def _already_filed(number: str) -> ValueError:
    return ValueError(f"这段对话已经登记为事项 {number}，不需要再登记。")


def _number_or_none(value: Any) -> Any:
    """A slot the case store would reject (人数 "好几个") is dropped rather than failing the filing."""
    try:
        float(str(value).strip())
    except ValueError:
        return None
    return value


def file_case_from_conversation(
    engine: Engine,
    sessions: sessionmaker,
    repo: CaseRepository,
    actor: StaffUser,
    conversation_id: str,
    *,
    issue_text: str | None = None,
    ip: str | None = None,
) -> FiledCase:
    """File the matter of an abandoned conversation as a case, from its slots, and audit it."""
    require_update(actor)
    number = _existing_case_number(sessions, conversation_id)
    if number is not None:
        raise _already_filed(number)
    user_rows = (
        [data for _, data in event_rows(engine, [conversation_id], "user")]
        if events_table_exists(engine)
        else []
    )
    if not user_rows:
        raise ValueError("找不到这段对话，或者群众在对话里没有说过话。")
    slots = conversation_slots(engine, conversation_id)
    typed = [d.get("text").strip() for d in user_rows if d.get("text") and not is_payload(d.get("text"))]
    text = (issue_text or "").strip() or str(slots.get("issue_text") or "").strip() or "\n".join(typed)
    if not text:
        raise ValueError("这段对话里没有群众反映的内容，请先填写“反映的问题”再登记。")
    channel = next((d.get("input_channel") for d in reversed(user_rows) if d.get("input_channel")), None)
    data = _case_input(slots, conversation_id, channel, text)
    filed = repo.file_case(data, limited=False)  # staff filing for a citizen: no flood limits
    if not filed.created:  # a colleague filed it a moment ago
        raise _already_filed(filed.case.case_number)
    with sessions.begin() as session:
        record(
            session,
            actor=actor.username,
            action="conversation.file_case",
            target_type=TARGET,
            target_id=conversation_id,
            after=filed.case.case_number,
            ip=ip,
        )
    return filed


def _case_input(slots: dict[str, Any], conversation_id: str, channel: str | None, issue_text: str):
    # the action server's own mapping of slots to a case, so both filings agree field by field

    slots = dict(slots)
    for name in ("people_count", "category_confidence"):
        slots[name] = _number_or_none(slots.get(name))
    route = optional_text(slots.get("route")) or (
        decide_route(
            issue_text, optional_text(slots.get("category")), optional_text(slots.get("legal_status"))
        ).code
    )
    data = case_input_from_slots(slots, conversation_id, channel, route)
    return dataclasses.replace(data, filing_key=f"staff:{conversation_id}", issue_text=issue_text)


# -- review marks ---------------------------------------------------------------------------------


def is_reviewed(sessions: sessionmaker, conversation_id: str) -> bool:
    return bool(reviewed_ids(sessions, [conversation_id]))


def mark_reviewed(
    sessions: sessionmaker,
    actor: StaffUser,
    conversation_id: str,
    *,
    reviewed: bool = True,
    note: str | None = None,
    ip: str | None = None,
) -> None:
    """Mark a transcript as read through (or take the mark back); audited as `conversation.review`."""
    require_update(actor)
    if not conversation_id:
        raise ValueError("请指明要标记的对话。")
    now = utc_now()
    try:
        with sessions.begin() as session:
            row = session.execute(
                select(TranscriptReview).where(TranscriptReview.conversation_id == conversation_id)
            ).scalar_one_or_none()
            before = row is not None
            if reviewed and row is None:
                session.add(
                    TranscriptReview(
                        conversation_id=conversation_id,
                        reviewed_by=actor.username,
                        reviewed_at=now,
                        note=(note or "").strip() or None,
                    )
                )
            elif not reviewed and row is not None:
                session.delete(row)
            record(
                session,
                actor=actor.username,
                action="conversation.review",
                target_type=TARGET,
                target_id=conversation_id,
                before={"reviewed": before},
                after={"reviewed": reviewed},
                reason=note,
                ip=ip,
                now=now,
            )
    except IntegrityError:
        if not reviewed:
            raise
        # a colleague marked it at the same moment: it is reviewed, which is what was asked
