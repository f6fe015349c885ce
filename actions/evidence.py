"""A photo sent as evidence on the WeChat channel: what the channel says was sent, kept with the case."""

from __future__ import annotations

from typing import Any

from actions.intake_turn import Turn

# the text the WeChat channel gives a photo; typed on the web, the same words are only text
EVIDENCE_PREFIX = "[图片]"


def channel_evidence(turn: Turn) -> dict[str, Any]:
    """What the WeChat channel itself says was sent (metadata no web or REST client can write), or {}."""
    sent = (turn.metadata.get("wechat") or {}).get("evidence")
    return sent if isinstance(sent, dict) else {}


def evidence_item(turn: Turn) -> dict[str, Any]:
    """The photo's MediaId and URL, as the channel gave them."""
    sent = channel_evidence(turn)
    return {"kind": sent.get("kind") or "image", "media_id": sent.get("media_id"), "url": sent.get("pic_url")}
