"""The simulator's side of the wire (our own code) against wechatpy, and against the endpoint."""

from __future__ import annotations

import io

import pytest
import xmltodict
from wechatpy.crypto import WeChatCrypto
from wechatpy.utils import check_signature

from bot.channels.wechat.config import WeChatConfig
from bot.channels.wechat.endpoint import WeChatEndpoint
from bot.channels.wechat.sim import build, main
from bot.channels.wechat.wire import WireClient
from tests.unit.test_wechat_wire import new_aes_key

TOKEN, APP_ID = "sim-token", "wx5823bf96d3bd56c7"


@pytest.mark.parametrize("mode", ["plaintext", "compatible", "safe"])
def test_simulated_requests_are_what_wechatpy_expects(mode: str) -> None:
    key = new_aes_key()
    client = WireClient(TOKEN, key, APP_ID)
    xml = build(client, "oSim-1", "小区噪音扰民，晚上十二点还在施工")
    query, body = client.request(xml, mode, "oSim-1")
    check_signature(TOKEN, query["signature"], query["timestamp"], query["nonce"])
    if mode == "plaintext":
        assert xmltodict.parse(body)["xml"]["Content"] == "小区噪音扰民，晚上十二点还在施工"
        return
    plain = WeChatCrypto(TOKEN, key, APP_ID).decrypt_message(
        body.decode(), query["msg_signature"], query["timestamp"], query["nonce"]
    )
    assert xmltodict.parse(plain)["xml"]["Content"] == "小区噪音扰民，晚上十二点还在施工"
    assert ("<Content>" in body.decode()) == (mode == "compatible")


@pytest.mark.parametrize(
    ("line", "msg_type", "field", "value"),
    [
        ("/位置 广东省广州市天河区石牌街道 23.13 113.33", "location", "Label", "广东省广州市天河区石牌街道"),
        ("/位置 北京市朝阳区", "location", "Label", "北京市朝阳区"),
        ("/图片 http://mmbiz.qpic.cn/x/0", "image", "PicUrl", "http://mmbiz.qpic.cn/x/0"),
        ("/语音 楼下太吵了", "voice", "Recognition", "楼下太吵了"),
        ("/关注", "event", "Event", "subscribe"),
        ("１", "text", "Content", "１"),
    ],
)
def test_commands_build_wechat_messages(line: str, msg_type: str, field: str, value: str) -> None:
    message = xmltodict.parse(build(WireClient(TOKEN), "oSim-1", line))["xml"]
    assert message["MsgType"] == msg_type and message[field] == value
    assert ("MsgId" in message) == (msg_type != "event")


async def test_the_simulator_reads_the_endpoints_encrypted_reply() -> None:
    key = new_aes_key()

    async def bot(open_id: str, text: str, metadata: dict) -> list[dict]:
        return [{"text": f"收到：{text}"}]

    endpoint = WeChatEndpoint(WeChatConfig(TOKEN, APP_ID, "", key, reply_window_s=1), bot)
    client = WireClient(TOKEN, key, APP_ID)
    query, body = client.request(build(client, "oSim-2", "你好"), "safe", "oSim-2")
    result = await endpoint.receive(query, body)
    assert client.read_reply(result.body) == "收到：你好"
    with pytest.raises(ValueError, match="MsgSignature"):
        WireClient("other-token", key, APP_ID).read_reply(result.body)


def test_without_a_token_the_simulator_explains(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WECHAT_TOKEN", "")
    out = io.StringIO()
    assert main(["--no-fake-api"], io.StringIO(""), out) == 2
