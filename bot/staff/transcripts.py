"""Read a conversation from Rasa's `events` table (SELECT only) as a chat transcript for staff.

The table belongs to Rasa's SQL tracker store (`bot.tracker_store`); it is described here in a
MetaData of its own so `create_schema` never creates, alters or writes it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Literal

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text, inspect, select
from sqlalchemy.engine import Engine

from bot.parsing.id_number import is_valid_id_number, mask_id_number
from bot.parsing.phone import is_valid_phone, mask_phone
from bot.text import to_halfwidth

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

# slots worth a line in the transcript, with the label staff know from the intake form
SLOT_LABELS: dict[str, str] = {
    "issue_text": "反映的问题",
    "category": "问题类别",
    "location": "地点",
    "occurred_at": "发生时间",
    "respondent": "反映对象",
    "legal_status": "诉讼/仲裁情况",
    "prior_report": "此前反映情况",
    "people_count": "涉及人数",
    "petitioner_name": "姓名",
    "phone": "联系电话",
    "id_number": "身份证号",
    "route": "去向",
}
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
    try:
        data = json.loads(raw or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


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
    return TranscriptTurn(at, "event", f"记录：{label} = {shown}", detail=detail)


# -- masking of personal numbers in free text ----------------------------------------------------

_SPOKEN_DIGITS = str.maketrans("〇零幺一二两三四五六七八九", "0011223456789")
_SPOKEN_RUN_RE = re.compile("[〇零幺一二两三四五六七八九]{7,}")  # voice input: 一三八一二三四五六七八
_ID_RE = re.compile(r"(?<!\d)\d(?:[ \-]?\d){16}[ \-]?[\dXx](?!\d)")
# digit groups joined by separators, optionally behind +86/0086 and with a bracketed area code
_PHONE_RUN_RE = re.compile(
    r"(?<!\d)(?P<cc>(?:\+|00)\s*86\s*[-‐‑–—－]?\s*)?"
    r"(?P<body>(?:\(\s*0?\d{2,3}\s*\)\s*)?\d+(?:[ \-‐‑–—－.·]{1,3}\d+)*)(?!\d)"
)
_DIGITS_RE = re.compile(r"\d+")
_MAX_GROUPS = 5  # "0 2 0 8765 4321" at most; keeps long lists of numbers cheap


def _looks_like_id(compact: str) -> bool:
    """A valid ID, or 17 digits + check character with a plausible birth date (a typo is still personal)."""
    if is_valid_id_number(compact):
        return True
    if not re.fullmatch(r"\d{17}[\dX]", compact):
        return False
    year, month, day = int(compact[6:10]), int(compact[10:12]), int(compact[12:14])
    return 1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31


def _id_spans(norm: str) -> list[tuple[int, int, str]]:
    spans = []
    for match in _ID_RE.finditer(norm):
        compact = re.sub(r"[ \-]", "", match.group()).upper()
        if _looks_like_id(compact):
            spans.append((match.start(), match.end(), mask_id_number(compact)))
    return spans


def _phone_spans(norm: str) -> list[tuple[int, int, str]]:
    spans = []
    for run in _PHONE_RUN_RE.finditer(norm):
        groups = [
            (run.start("body") + m.start(), run.start("body") + m.end(), m.group())
            for m in _DIGITS_RE.finditer(run.group("body"))
        ]
        i = 0
        while i < len(groups):
            for size in range(min(_MAX_GROUPS, len(groups) - i), 0, -1):
                digits = "".join(g[2] for g in groups[i : i + size])
                with_cc = i == 0 and run.group("cc") is not None
                candidate = f"+86{digits}" if with_cc else digits
                if 7 <= len(digits) <= 13 and is_valid_phone(candidate):
                    # from the run's start when the number opens it: "+86 …", "(020)…"
                    start = (run.start() if with_cc else run.start("body")) if i == 0 else groups[i][0]
                    spans.append((start, groups[i + size - 1][1], mask_phone(candidate)))
                    i += size
                    break
            else:
                i += 1
    return spans


def mask_personal_numbers(text: str | None) -> str:
    """Mask mainland mobiles, landlines and 18-digit ID numbers inside free text; keep everything else.

    Full-width and spoken digits (１３８…, 一三八…) are found too; a masked number is written in the
    canonical masked form (138****5678, 020-****4321, 110105********123X).
    """
    if not text:
        return text or ""
    # one character in, one out: offsets in `norm` are offsets in `text`
    norm = _SPOKEN_RUN_RE.sub(lambda m: m.group().translate(_SPOKEN_DIGITS), to_halfwidth(text))
    spans = _id_spans(norm)
    blocked = list(norm)
    for start, end, _ in spans:
        blocked[start:end] = "#" * (end - start)  # an ID number's digits are not a phone
    spans += _phone_spans("".join(blocked))
    out = text
    for start, end, replacement in sorted(spans, reverse=True):
        out = out[:start] + replacement + out[end:]
    return out
