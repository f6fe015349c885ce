"""Read a conversation from Rasa's `events` table (SELECT only) as a chat transcript for staff.

The table belongs to Rasa's SQL tracker store (`bot.rasa_plugins.tracker_store`); it is described here in a
MetaData of its own so `create_schema` never creates, alters or writes it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Literal

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text, inspect, select
from sqlalchemy.engine import Engine

from bot.domain.intake_fields import (
    SLOT_LABELS,  # slots worth a line in the transcript, labelled as in the summary
)
from bot.parsing.address import mask_address
from bot.parsing.masking import mask_personal_numbers
from bot.parsing.phone import mask_phone
from bot.rasa_plugins.event_privacy import restored_event

EVENTS = Table(
    "events",
    MetaData(),  # deliberately not the case store's metadata
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(255)),
    Column("type_name", String(255)),
    Column("timestamp", Float),
    Column("intent_name", String(255)),
    Column("action_name", String(255)),
    Column("data", Text),
)

Speaker = Literal["user", "bot", "event"]

FORM_LABELS: dict[str, str] = {"intake_form": "登记表", "progress_form": "进度查询"}


@dataclass(frozen=True)
class TranscriptTurn:
    at: datetime  # UTC
    speaker: Speaker
    text: str
    intent: str | None = None  # user turns only
    confidence: float | None = None  # user turns only
    buttons: tuple[str, ...] = ()  # titles of the buttons a bot turn offered
    detail: str | None = None  # user: channel or button payload; event: what happened, technically


def events_table_exists(engine: Engine) -> bool:
    return inspect(engine).has_table(EVENTS.name)


def to_utc(timestamp: float | None) -> datetime:
    return datetime.fromtimestamp(timestamp or 0.0, tz=timezone.utc)


def load_data(raw: str | None) -> dict[str, Any]:
    """An event as the dialogue had it: slot values the tracker store sealed (a phone) are opened."""
    try:
        data = json.loads(raw or "{}")
    except ValueError:
        return {}
    return restored_event(data) if isinstance(data, dict) else {}


def is_payload(text: str | None) -> bool:
    """`/greet`, `/affirm{"x": 1}`: what a button (or a channel's greeting) sends, not typed words."""
    return bool(text) and text.strip().startswith("/")


def read_transcript(engine: Engine, conversation_id: str, *, mask: bool = False) -> list[TranscriptTurn]:
    """Every session of the conversation in order; `[]` when there is no `events` table or no such id.

    Citizens' text is returned verbatim (escaping is the template's job); `mask=True` runs it through
    `mask_personal_numbers`. Phones in slot lines are always masked.
    """
    if not conversation_id or not events_table_exists(engine):
        return []
    query = (
        select(EVENTS.c.type_name, EVENTS.c.timestamp, EVENTS.c.intent_name, EVENTS.c.data)
        .where(EVENTS.c.sender_id == conversation_id)
        .order_by(EVENTS.c.id)
    )
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    return turns_from_rows(rows, mask=mask)


def turns_from_rows(rows: Iterable[Any], *, mask: bool = False) -> list[TranscriptTurn]:
    turns: list[TranscriptTurn] = []
    button_titles: dict[str, str] = {}  # payload → title of the latest bot buttons
    for type_name, timestamp, intent_name, raw in rows:
        data = load_data(raw)
        at = to_utc(data.get("timestamp", timestamp))
        turn: TranscriptTurn | None = None
        if type_name == "user":
            turn = _user_turn(at, data, intent_name, button_titles)
        elif type_name == "bot":
            turn, button_titles = _bot_turn(at, data)
        else:
            turn = _event_turn(at, type_name, data)
        if turn is None:
            continue
        if mask and turn.speaker != "event":
            turn = TranscriptTurn(
                turn.at,
                turn.speaker,
                mask_personal_numbers(turn.text),
                turn.intent,
                turn.confidence,
                turn.buttons,
                turn.detail,
            )
        turns.append(turn)
    return turns


def _user_turn(
    at: datetime, data: dict[str, Any], intent_name: str | None, button_titles: dict[str, str]
) -> TranscriptTurn:
    text = data.get("text") or ""
    intent = (data.get("parse_data") or {}).get("intent") or {}
    confidence = intent.get("confidence")
    detail = data.get("input_channel")
    if is_payload(text):
        # a button press: show what the citizen saw on the button
        detail = f"按钮 {text.strip()}"
        text = button_titles.get(text.strip(), text)
    return TranscriptTurn(
        at=at,
        speaker="user",
        text=text or "（非文字消息）",
        intent=intent.get("name") or intent_name,
        confidence=float(confidence) if isinstance(confidence, (int, float)) else None,
        detail=detail,
    )


def _bot_turn(at: datetime, data: dict[str, Any]) -> tuple[TranscriptTurn | None, dict[str, str]]:
    extra = data.get("data") or {}
    buttons = [b for b in extra.get("buttons") or [] if isinstance(b, dict)]
    titles = tuple(str(b.get("title") or b.get("payload") or "") for b in buttons)
    payloads = {str(b.get("payload")).strip(): str(b.get("title")) for b in buttons if b.get("payload")}
    text = data.get("text") or ""
    if not text:
        if extra.get("image"):
            text = "（图片）"
        elif extra.get("attachment") or extra.get("custom"):
            text = "（附件或卡片消息）"
        elif not titles:
            return None, payloads
    return TranscriptTurn(at=at, speaker="bot", text=text, buttons=titles), payloads


def _event_turn(at: datetime, type_name: str, data: dict[str, Any]) -> TranscriptTurn | None:
    name = data.get("name")
    if type_name == "session_started":
        return TranscriptTurn(at, "event", "会话开始", detail="session_started")
    if type_name == "restart":
        return TranscriptTurn(at, "event", "对话重新开始", detail="restart")
    if type_name == "pause":
        return TranscriptTurn(at, "event", "机器人暂停（人工接管）", detail="pause")
    if type_name == "resume":
        return TranscriptTurn(at, "event", "机器人恢复", detail="resume")
    if type_name in ("active_loop", "form"):
        if name:
            return TranscriptTurn(
                at, "event", f"开始填写{FORM_LABELS.get(name, name)}", detail=f"active_loop {name}"
            )
        return TranscriptTurn(at, "event", "表单结束", detail="active_loop null")
    if type_name == "slot":
        return _slot_turn(at, name, data.get("value"))
    return None  # action_listen and other bookkeeping


def _slot_turn(at: datetime, name: str | None, value: Any) -> TranscriptTurn | None:
    if value is None or value == "" or not name:
        return None
    detail = f"slot {name}"
    if name == "case_number":
        return TranscriptTurn(at, "event", f"已登记为事项 {value}", detail=detail)
    if name == "urgent" and value is True:
        return TranscriptTurn(at, "event", "标记为紧急", detail=detail)
    if name == "threat_flag" and value is True:
        return TranscriptTurn(at, "event", "标记：有扬言内容", detail=detail)
    if name == "handoff_requested" and value is True:
        return TranscriptTurn(at, "event", "群众要求转人工", detail=detail)
    label = SLOT_LABELS.get(name)
    if label is None:
        return None
    shown = str(value)
    if name == "phone" and shown != "未提供":
        shown = mask_phone(shown)
    if name == "address" and shown != "未提供":
        shown = mask_address(shown)
    return TranscriptTurn(at, "event", f"记录：{label} = {shown}", detail=detail)
