"""WeChat's XML: the messages its server pushes and the passive replies we answer with."""

from __future__ import annotations

import re
import secrets
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

MAX_BODY_BYTES = 256 * 1024  # WeChat's pushes are a few KB
_DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)


class BadMessage(ValueError):
    """A body that is not a WeChat XML message."""


@dataclass(frozen=True)
class InboundMessage:
    to_user: str  # the Official Account's original ID (gh_…)
    from_user: str  # the citizen's OpenID
    create_time: int
    msg_type: str  # text, image, voice, video, shortvideo, location, link, file, event
    msg_id: str | None
    fields: dict[str, str] = field(default_factory=dict)

    def get(self, name: str) -> str:
        return self.fields.get(name, "").strip()

    @property
    def event(self) -> str:
        return self.get("Event").lower()

    @property
    def dedup_key(self) -> str:
        # WeChat's advice: MsgId for messages, FromUserName + CreateTime for events; the sender too, so that a
        # repeated MsgId can never give one follower the reply kept for another (a cluster keeps replies)
        if self.msg_id:
            return f"msg:{self.from_user}:{self.msg_id}"
        return f"event:{self.from_user}:{self.create_time}:{self.event}"


def _root(body: bytes | str) -> ET.Element:
    raw = body.encode() if isinstance(body, str) else body
    if len(raw) > MAX_BODY_BYTES:
        raise BadMessage("body too large")
    if _DTD.search(raw):  # no entities, no DTD: nothing WeChat sends uses them
        raise BadMessage("DTD not allowed")
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as error:
        raise BadMessage(f"not XML: {error}") from error
    if root.tag != "xml":
        raise BadMessage("root element is not <xml>")
    return root


def xml_fields(body: bytes | str) -> dict[str, str]:
    """The direct children of <xml> as text (CDATA or not)."""
    return {child.tag: (child.text or "") for child in _root(body)}


def parse_message(body: bytes | str) -> InboundMessage:
    values = xml_fields(body)
    try:
        return InboundMessage(
            to_user=values["ToUserName"].strip(),
            from_user=values["FromUserName"].strip(),
            create_time=int(values.get("CreateTime", "0").strip() or 0),
            msg_type=values["MsgType"].strip().lower(),
            msg_id=(values.get("MsgId") or "").strip() or None,
            fields=values,
        )
    except (KeyError, ValueError) as error:
        raise BadMessage(f"missing or bad field: {error}") from error


def cdata(text: str) -> str:
    # "]]>" cannot appear inside CDATA: split it across two sections
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def text_reply_xml(to_user: str, from_user: str, content: str, now: int | None = None) -> str:
    """Passive text reply: To is the citizen's OpenID, From the account's original ID."""
    return (
        f"<xml><ToUserName>{cdata(to_user)}</ToUserName><FromUserName>{cdata(from_user)}</FromUserName>"
        f"<CreateTime>{int(now if now is not None else time.time())}</CreateTime>"
        f"<MsgType><![CDATA[text]]></MsgType><Content>{cdata(content)}</Content></xml>"
    )


def encrypted_envelope(encrypt: str, msg_signature: str, timestamp: str, nonce: str) -> str:
    return (
        f"<xml><Encrypt>{cdata(encrypt)}</Encrypt><MsgSignature>{cdata(msg_signature)}</MsgSignature>"
        f"<TimeStamp>{timestamp}</TimeStamp><Nonce>{cdata(nonce)}</Nonce></xml>"
    )


def new_nonce() -> str:
    return str(secrets.randbelow(10**10))
