"""WeChat's server side of the protocol (what the simulator sends): signed, optionally encrypted pushes."""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field

from bot.channels.wechat.crypto import MessageCipher, sign, signature_ok
from bot.channels.wechat.messages import cdata, new_nonce, xml_fields

MODES = ("plaintext", "compatible", "safe")


@dataclass
class WireClient:
    token: str
    aes_key: str = ""
    app_id: str = ""
    account: str = "gh_simulator00"
    _ids: itertools.count = field(default_factory=lambda: itertools.count(int(time.time() * 1000)))

    def message(self, open_id: str, msg_type: str, fields: dict[str, str], event: bool = False) -> str:
        parts = [
            f"<ToUserName>{cdata(self.account)}</ToUserName><FromUserName>{cdata(open_id)}</FromUserName>",
            f"<CreateTime>{int(time.time())}</CreateTime><MsgType>{cdata(msg_type)}</MsgType>",
            *(f"<{name}>{cdata(value)}</{name}>" for name, value in fields.items()),
        ]
        if not event:
            parts.append(f"<MsgId>{next(self._ids)}</MsgId>")
        return "<xml>" + "".join(parts) + "</xml>"

    def request(self, xml: str, mode: str, open_id: str) -> tuple[dict[str, str], bytes]:
        timestamp, nonce = str(int(time.time())), new_nonce()
        query = {"signature": sign(self.token, timestamp, nonce), "timestamp": timestamp, "nonce": nonce}
        if mode == "plaintext":
            return query, xml.encode()
        encrypted = MessageCipher(self.aes_key, self.app_id).encrypt(xml)
        query.update(
            encrypt_type="aes", msg_signature=sign(self.token, timestamp, nonce, encrypted), openid=open_id
        )
        if mode == "compatible":
            return query, xml.replace("</xml>", f"<Encrypt>{cdata(encrypted)}</Encrypt></xml>").encode()
        body = (
            f"<xml><ToUserName>{cdata(self.account)}</ToUserName><Encrypt>{cdata(encrypted)}</Encrypt></xml>"
        )
        return query, body.encode()

    def read_reply(self, body: str) -> str | None:
        """The text of a passive reply (None for `success`); encrypted replies are checked and decrypted."""
        if body.strip() in ("", "success"):
            return None
        values = xml_fields(body)
        if "Encrypt" in values:
            parts = (self.token, values.get("TimeStamp", ""), values.get("Nonce", ""), values["Encrypt"])
            if not signature_ok(parts, values.get("MsgSignature")):
                raise ValueError("reply has a bad MsgSignature")
            values = xml_fields(MessageCipher(self.aes_key, self.app_id).decrypt(values["Encrypt"]))
        return values.get("Content", "")
