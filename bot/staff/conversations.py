"""Conversations that ended without a case (abandoned intakes): list them, review them, file a case from one.

Rasa's `events` are only read. The list aggregates per conversation in SQL (GROUP BY sender_id) and reads
single events only for the page shown.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from bot.cases import CaseRepository, FiledCase
from bot.cases.models import Case
from bot.cases.numbers import ensure_aware, utc_now
from bot.parsing.phone import mask_phone
from bot.staff.audit import record
from bot.staff.models import TranscriptReview
from bot.staff.roles import StaffUser, require_update
from bot.staff.transcripts import EVENTS, events_table_exists, is_payload, load_data, to_utc

TARGET = "conversation"
HIDDEN_SLOTS = frozenset({"id_number_encrypted", "id_number_secret", "intake_turns", "progress_turns"})
# Rasa writes `json.dumps(event)`: a typed message never has `"text": "/` (a button payload does)
_PAYLOAD_LIKE = '%"text": "/%'


@dataclass(frozen=True)
class ConversationSummary:
    conversation_id: str
    channel: str | None
    started_at: datetime
    last_at: datetime
    user_messages: int
    first_text: str | None  # first typed message (button payloads skipped)
    slots: dict[str, Any]  # latest value of each slot, None dropped, secrets hidden, phone masked
    reviewed: bool


@dataclass(frozen=True)
class ConversationPage:
    items: list[ConversationSummary]
    total: int


def filed_conversation_ids(sessions: sessionmaker) -> set[str]:
    with sessions() as session:
        rows = session.execute(select(Case.conversation_id).where(Case.conversation_id.is_not(None)))
        return {row[0] for row in rows}


def reviewed_ids(sessions: sessionmaker, among: Iterable[str] | None = None) -> set[str]:
    query = select(TranscriptReview.conversation_id)
    if among is not None:
        query = query.where(TranscriptReview.conversation_id.in_(list(among)))
    with sessions() as session:
        return {row[0] for row in session.execute(query)}


def list_abandoned(
    engine: Engine,
    sessions: sessionmaker,
    *,
    idle_minutes: int = 30,
    reviewed: bool | None = None,
    page: int = 1,
    per_page: int = 25,
    now: datetime | None = None,
) -> ConversationPage:
    """Conversations with a typed user message, no case and no event for `idle_minutes`, latest first."""
    if not events_table_exists(engine):
        return ConversationPage([], 0)
    cutoff = (ensure_aware(now or utc_now()) - timedelta(minutes=idle_minutes)).timestamp()
    is_user = EVENTS.c.type_name == "user"
    typed = and_(is_user, EVENTS.c.data.not_like(_PAYLOAD_LIKE))
    last = func.max(EVENTS.c.timestamp)
    query = (
        select(
            EVENTS.c.sender_id,
            func.min(EVENTS.c.timestamp),
            last,
            func.sum(case((is_user, 1), else_=0)),
        )
        .group_by(EVENTS.c.sender_id)
        .having(and_(func.sum(case((typed, 1), else_=0)) > 0, last <= cutoff))
        .order_by(last.desc(), EVENTS.c.sender_id)
    )
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    filed = filed_conversation_ids(sessions)
    rows = [row for row in rows if row[0] not in filed]
    done = reviewed_ids(sessions) if rows else set()
    if reviewed is not None:
        rows = [row for row in rows if (row[0] in done) == reviewed]
    page, per_page = max(page, 1), max(per_page, 1)
    shown = rows[(page - 1) * per_page : page * per_page]
    details = _page_details(engine, [row[0] for row in shown])
    items = [
        ConversationSummary(
            conversation_id=sender,
            channel=details.get(sender, {}).get("channel"),
            started_at=to_utc(started),
            last_at=to_utc(last_at),
            user_messages=int(count or 0),
            first_text=details.get(sender, {}).get("first_text"),
            slots=details.get(sender, {}).get("slots", {}),
            reviewed=sender in done,
        )
        for sender, started, last_at, count in shown
    ]
    return ConversationPage(items, len(rows))


def _page_details(engine: Engine, senders: list[str]) -> dict[str, dict[str, Any]]:
    """First typed message, first channel and shown slots of a page of conversations (two queries)."""
    if not senders:
        return {}
    details: dict[str, dict[str, Any]] = {s: {"channel": None, "first_text": None} for s in senders}
    for sender, data in _rows(engine, senders, "user"):
        entry = details[sender]
        if entry["channel"] is None:
            entry["channel"] = data.get("input_channel")
        text = data.get("text")
        if entry["first_text"] is None and text and not is_payload(text):
            entry["first_text"] = text
    all_slots = _slots_of(_rows(engine, senders, "slot"))
    for sender in senders:
        details[sender]["slots"] = shown_slots(all_slots.get(sender, {}))
    return details


def _rows(engine: Engine, senders: list[str], type_name: str) -> list[tuple[str, dict[str, Any]]]:
    query = (
        select(EVENTS.c.sender_id, EVENTS.c.data)
        .where(EVENTS.c.sender_id.in_(senders), EVENTS.c.type_name == type_name)
        .order_by(EVENTS.c.id)
    )
    with engine.connect() as connection:
        return [(sender, load_data(raw)) for sender, raw in connection.execute(query)]


def _slots_of(rows: Iterable[tuple[str, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """Latest value of every slot per conversation (a later None clears an earlier value)."""
    slots: dict[str, dict[str, Any]] = {}
    for sender, data in rows:
        name = data.get("name")
        if name:
            slots.setdefault(sender, {})[name] = data.get("value")
    return {sender: {k: v for k, v in values.items() if v is not None} for sender, values in slots.items()}


def shown_slots(slots: dict[str, Any]) -> dict[str, Any]:
    shown = {k: v for k, v in slots.items() if k not in HIDDEN_SLOTS}
    if isinstance(shown.get("phone"), str) and shown["phone"] != "未提供":
        shown["phone"] = mask_phone(shown["phone"])
    return shown


def conversation_slots(engine: Engine, conversation_id: str) -> dict[str, Any]:
    """All latest slot values of one conversation, secrets included (pass them through `shown_slots`)."""
    if not events_table_exists(engine):
        return {}
    return _slots_of(_rows(engine, [conversation_id], "slot")).get(conversation_id, {})


# -- filing a case from a conversation -----------------------------------------------------------


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
        [data for _, data in _rows(engine, [conversation_id], "user")] if events_table_exists(engine) else []
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
    filed = repo.file_case(data)
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
    from bot.cases.from_slots import case_input_from_slots
    from bot.cases.schemas import optional_text
    from bot.routing import decide_route

    slots = dict(slots)
    for name in ("people_count", "category_confidence"):
        slots[name] = _number_or_none(slots.get(name))
    route = optional_text(slots.get("route")) or (
        decide_route(
            issue_text, optional_text(slots.get("category")), optional_text(slots.get("legal_status"))
        ).code
    )
    data = case_input_from_slots(slots, conversation_id, channel, route)
    clear_id = optional_text(slots.get("id_number_secret"))  # older trackers kept the clear value here
    return dataclasses.replace(
        data,
        filing_key=f"staff:{conversation_id}",
        issue_text=issue_text,
        id_number=data.id_number or clear_id,
    )


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
