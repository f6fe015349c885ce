"""Conversations that ended without a case (abandoned intakes): list them, review them, file a case from one.

Rasa's `events` are only read. The list aggregates per conversation in SQL (GROUP BY sender_id) and reads
single events only for the page shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from bot.cases.models import Case
from bot.cases.numbers import ensure_aware, utc_now
from bot.parsing.address import mask_address
from bot.parsing.phone import mask_phone
from bot.staff.models import TranscriptReview
from bot.staff.transcripts import EVENTS, events_table_exists, is_payload, load_data, to_utc

TARGET = "conversation"
HIDDEN_SLOTS = frozenset({"id_number_encrypted", "intake_turns", "progress_turns"})
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
    for sender, data in event_rows(engine, senders, "user"):
        entry = details[sender]
        if entry["channel"] is None:
            entry["channel"] = data.get("input_channel")
        text = data.get("text")
        if entry["first_text"] is None and text and not is_payload(text):
            entry["first_text"] = text
    all_slots = _slots_of(event_rows(engine, senders, "slot"))
    for sender in senders:
        details[sender]["slots"] = shown_slots(all_slots.get(sender, {}))
    return details


def event_rows(engine: Engine, senders: list[str], type_name: str) -> list[tuple[str, dict[str, Any]]]:
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
    if isinstance(shown.get("address"), str) and shown["address"] != "未提供":
        shown["address"] = mask_address(shown["address"])
    return shown


def conversation_slots(engine: Engine, conversation_id: str) -> dict[str, Any]:
    """All latest slot values of one conversation, secrets included (pass them through `shown_slots`)."""
    if not events_table_exists(engine):
        return {}
    return _slots_of(event_rows(engine, [conversation_id], "slot")).get(conversation_id, {})


# -- filing a case from a conversation -----------------------------------------------------------
