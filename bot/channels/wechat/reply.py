"""Rasa's bot messages → WeChat text: joined into one reply, buttons as numbered options, split to fit."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# WeChat rejects text messages over 2048 bytes (UTF-8): ~680 Chinese characters
MAX_TEXT_BYTES = 2048
SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Option:
    number: int
    title: str
    payload: str


@dataclass(frozen=True)
class RenderedReply:
    parts: list[str]  # each fits in one WeChat text message; the first is the passive reply
    options: list[Option]  # the numbered choices offered in this reply (the last set of buttons)

    @property
    def text(self) -> str:
        return SEPARATOR.join(self.parts)


def _button_lines(buttons: list[dict[str, Any]], start: int) -> tuple[list[str], list[Option]]:
    lines, options = [], []
    for offset, button in enumerate(buttons):
        title = str(button.get("title") or button.get("payload") or "").strip()
        payload = str(button.get("payload") or title).strip()
        if not title:
            continue
        number = start + offset
        options.append(Option(number, title, payload))
        lines.append(f"回复 {number}：{title}")
    return lines, options


def render_messages(messages: list[dict[str, Any]], max_bytes: int = MAX_TEXT_BYTES) -> RenderedReply:
    blocks: list[str] = []
    options: list[Option] = []
    for message in messages:
        text = (message.get("text") or "").strip()
        if message.get("image"):
            text = f"{text}\n{message['image']}".strip()
        buttons = message.get("buttons") or message.get("quick_replies") or []
        if buttons:
            # numbers restart per reply: only the latest buttons can be answered with a number
            lines, options = _button_lines(buttons, 1)
            text = "\n".join([text, *lines]).strip()
        if text:
            blocks.append(text)
    return RenderedReply(split_text(SEPARATOR.join(blocks), max_bytes), options)


def _fits(text: str, max_bytes: int) -> bool:
    return len(text.encode()) <= max_bytes


def _hard_split(text: str, max_bytes: int) -> list[str]:
    parts, current = [], ""
    for char in text:
        if not _fits(current + char, max_bytes):
            parts.append(current)
            current = ""
        current += char
    return [*parts, current] if current else parts


def split_text(text: str, max_bytes: int = MAX_TEXT_BYTES) -> list[str]:
    """Pieces of at most `max_bytes` UTF-8 bytes, cut between paragraphs, else lines, else characters."""
    text = text.strip()
    if not text:
        return []
    if _fits(text, max_bytes):
        return [text]
    for separator in (SEPARATOR, "\n", "。"):
        pieces = text.split(separator)
        if len(pieces) == 1:
            continue
        parts: list[str] = []
        current = ""
        for index, piece in enumerate(pieces):
            piece = piece + (separator if separator == "。" and index < len(pieces) - 1 else "")
            joiner = "" if separator == "。" or not current else separator
            candidate = current + joiner + piece
            if _fits(candidate.strip(), max_bytes):
                current = candidate
                continue
            if current.strip():
                parts.append(current.strip())
            current = piece
            if not _fits(current.strip(), max_bytes):
                parts.extend(split_text(current, max_bytes))
                current = ""
        if current.strip():
            parts.append(current.strip())
        return parts
    return _hard_split(text, max_bytes)
