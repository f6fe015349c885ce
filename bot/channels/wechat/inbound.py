"""What to do with each kind of WeChat message: hand text to the bot, answer directly, or stay silent."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.channels.wechat import texts
from bot.channels.wechat.messages import InboundMessage
from bot.channels.wechat.options import OptionStore


@dataclass(frozen=True)
class ToBot:
    text: str
    metadata: dict[str, Any] = field(default_factory=dict)
    preface: str = ""  # said by the channel before the bot's answer


@dataclass(frozen=True)
class Answer:
    text: str


@dataclass(frozen=True)
class Silent:
    reason: str


Action = ToBot | Answer | Silent

SILENT_EVENTS = {"unsubscribe", "location", "view", "templatesendjobfinish", "masssendjobfinish"}


def _base_metadata(message: InboundMessage) -> dict[str, Any]:
    meta: dict[str, Any] = {"msg_type": message.msg_type, "to_user": message.to_user}
    if message.msg_id:
        meta["msg_id"] = message.msg_id
    if message.create_time:
        meta["create_time"] = message.create_time
    return meta


def _float(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def translate(message: InboundMessage, options: OptionStore) -> Action:
    meta = _base_metadata(message)
    kind = message.msg_type
    if kind == "text":
        content = message.fields.get("Content", "")
        chosen = options.resolve(message.from_user, content)
        if chosen is not None:
            meta.update(typed=content, option=chosen.number, option_title=chosen.title)
            return ToBot(chosen.payload, {"wechat": meta})
        return ToBot(content, {"wechat": meta})
    if kind == "voice":
        recognition = message.get("Recognition")
        meta.update(
            media_id=message.get("MediaId"), format=message.get("Format"), recognized=bool(recognition)
        )
        if not recognition:
            return Answer(texts.VOICE_UNCLEAR)
        return ToBot(recognition, {"wechat": meta})
    if kind == "image":
        pic_url, media_id = message.get("PicUrl"), message.get("MediaId")
        meta.update(
            media_id=media_id,
            pic_url=pic_url,
            evidence={"kind": "image", "media_id": media_id, "pic_url": pic_url},
        )
        # the reference goes into the text so that it stays in the conversation's transcript
        text = f"{texts.IMAGE_LABEL} {pic_url or media_id}".strip()
        return ToBot(text, {"wechat": meta}, preface=texts.IMAGE_RECEIVED)
    if kind == "location":
        label = message.get("Label")
        meta["location"] = {
            "latitude": _float(message.get("Location_X")),
            "longitude": _float(message.get("Location_Y")),
            "scale": _float(message.get("Scale")),
            "label": label,
        }
        if not label:
            return Answer("收到您的位置了，但没看到地名。麻烦用文字告诉我是哪个区、哪个街道或乡镇。")
        return ToBot(label, {"wechat": meta})
    if kind == "event":
        event = message.event
        if event == "subscribe":
            return Answer(texts.WELCOME)
        if event == "unsubscribe":
            options.forget(message.from_user)
        if event in SILENT_EVENTS:
            return Silent(f"event {event}")
        return Answer(texts.UNSUPPORTED) if event == "click" else Silent(f"event {event}")
    return Answer(texts.UNSUPPORTED)
