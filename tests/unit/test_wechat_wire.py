"""WeChat's side of the wire, built with wechatpy (an independent implementation of the protocol).

Used by the WeChat unit and e2e tests; the few tests here check the helper itself.
"""

from __future__ import annotations

import base64
import itertools
import os
import re
import time
from dataclasses import dataclass, field

import xmltodict
from wechatpy.crypto import PrpCrypto, WeChatCrypto
from wechatpy.utils import WeChatSigner, check_signature

_ids = itertools.count(int(time.time() * 1000))


def new_aes_key() -> str:
    return base64.b64encode(os.urandom(32)).decode().rstrip("=")


def _sign(*parts: str) -> str:
    signer = WeChatSigner()
    signer.add_data(*parts)
    return signer.signature


def _cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


@dataclass
class WeChatServer:
    token: str
    aes_key: str | None = None
    app_id: str = "wx0123456789abcdef"
    account: str = "gh_0123456789ab"
    now: int | None = None
    last_timestamp: str = field(default="", init=False)

    # --- messages as WeChat pushes them ---------------------------------------------------------

    def _xml(self, open_id: str, msg_type: str, fields: dict[str, str], msg_id: int | None) -> str:
        parts = [
            f"<ToUserName>{_cdata(self.account)}</ToUserName>",
            f"<FromUserName>{_cdata(open_id)}</FromUserName>",
            f"<CreateTime>{self.now or int(time.time())}</CreateTime>",
            f"<MsgType>{_cdata(msg_type)}</MsgType>",
        ]
        for name, value in fields.items():
            parts.append(f"<{name}>{_cdata(value)}</{name}>")
        if msg_id is not None:
            parts.append(f"<MsgId>{msg_id}</MsgId>")
        return "<xml>" + "".join(parts) + "</xml>"

    def text(self, open_id: str, content: str, msg_id: int | None = None) -> str:
        return self._xml(open_id, "text", {"Content": content}, msg_id or next(_ids))

    def image(self, open_id: str, pic_url: str, media_id: str) -> str:
        return self._xml(open_id, "image", {"PicUrl": pic_url, "MediaId": media_id}, next(_ids))

    def voice(self, open_id: str, recognition: str | None) -> str:
        fields = {"MediaId": "voice-media-1", "Format": "amr"}
        if recognition is not None:
            fields["Recognition"] = recognition
        return self._xml(open_id, "voice", fields, next(_ids))

    def location(self, open_id: str, lat: float, lng: float, label: str) -> str:
        fields = {"Location_X": str(lat), "Location_Y": str(lng), "Scale": "15", "Label": label}
        return self._xml(open_id, "location", fields, next(_ids))

    def event(self, open_id: str, event: str, key: str = "") -> str:
        return self._xml(open_id, "event", {"Event": event, "EventKey": key}, None)

    def link(self, open_id: str) -> str:
        fields = {"Title": "标题", "Description": "说明", "Url": "https://example.com/a"}
        return self._xml(open_id, "link", fields, next(_ids))

    # --- requests -------------------------------------------------------------------------------

    def query(self, timestamp: str | None = None, nonce: str | None = None) -> dict[str, str]:
        timestamp = timestamp or str(self.now or int(time.time()))
        nonce = nonce or str(int.from_bytes(os.urandom(4), "big"))  # WeChat sends a fresh one every push
        self.last_timestamp = timestamp
        return {"signature": _sign(self.token, timestamp, nonce), "timestamp": timestamp, "nonce": nonce}

    def verification(self, echostr: str = "echo-8271") -> dict[str, str]:
        return {**self.query(), "echostr": echostr}

    def post(self, xml: str, mode: str = "plaintext", open_id: str = "") -> tuple[dict[str, str], bytes]:
        """(query, body) of WeChat's POST in `mode`: plaintext, compatible or safe."""
        query = self.query()
        if mode == "plaintext":
            return query, xml.encode()
        assert self.aes_key, "compatible and safe modes need an EncodingAESKey"
        key = base64.b64decode(self.aes_key + "=")
        encrypted = PrpCrypto(key).encrypt(xml, self.app_id).decode()
        query.update(
            encrypt_type="aes",
            msg_signature=_sign(self.token, query["timestamp"], query["nonce"], encrypted),
            openid=open_id or re.search(r"<FromUserName><!\[CDATA\[(.*?)\]\]>", xml).group(1),
        )
        envelope = f"<ToUserName>{_cdata(self.account)}</ToUserName><Encrypt>{_cdata(encrypted)}</Encrypt>"
        if mode == "compatible":
            body = xml.replace("</xml>", f"<Encrypt>{_cdata(encrypted)}</Encrypt></xml>")
        else:
            body = f"<xml>{envelope}</xml>"
        return query, body.encode()

    def read_reply(self, body: str) -> dict[str, str] | None:
        """The passive reply as a dict (None for `success`), decrypted and its signature checked."""
        if body in ("success", ""):
            return None
        if "<Encrypt>" in body:
            envelope = xmltodict.parse(body)["xml"]
            crypto = WeChatCrypto(self.token, self.aes_key, self.app_id)
            body = crypto.decrypt_message(
                body, envelope["MsgSignature"], envelope["TimeStamp"], envelope["Nonce"]
            )
        return xmltodict.parse(body)["xml"]


def test_helper_signs_like_wechatpy_checks() -> None:
    server = WeChatServer("tok-1")
    query = server.query()
    check_signature("tok-1", query["signature"], query["timestamp"], query["nonce"])


def test_helper_safe_mode_body_decrypts_with_wechatpy() -> None:
    server = WeChatServer("tok-2", new_aes_key())
    xml = server.text("o-user", "你好，测试")
    query, body = server.post(xml, "safe")
    crypto = WeChatCrypto("tok-2", server.aes_key, server.app_id)
    plain = crypto.decrypt_message(body.decode(), query["msg_signature"], query["timestamp"], query["nonce"])
    assert "你好，测试" in plain and "<Content>" not in body.decode()
