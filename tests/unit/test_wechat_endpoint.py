"""The WeChat callback with a stand-in bot and the fake WeChat API: modes, checks, retries, slow replies."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, field, replace
from typing import Any

import pytest
from aiohttp.test_utils import TestServer

from bot.channels.wechat import texts
from bot.channels.wechat.api import AccessTokenCache, CustomerServiceClient
from bot.channels.wechat.config import WeChatConfig
from bot.channels.wechat.crypto import sign
from bot.channels.wechat.endpoint import WeChatEndpoint
from bot.channels.wechat.fake_api import FakeWeChatAPI
from bot.channels.wechat.jobs import JobRegistry
from tests.unit.test_wechat_wire import WeChatServer, new_aes_key

ENCRYPT = re.compile(r"<Encrypt><!\[CDATA\[(.*?)\]\]>")
TOKEN, APP_ID, SECRET = "wechat-token-3f9", "wx0123456789abcdef", "app-secret"
BUTTONS = [{"title": "对，提交", "payload": "/affirm"}, {"title": "需要修改", "payload": "/deny"}]


@dataclass
class FakeBot:
    gate: asyncio.Event | None = None  # set: the bot answers only once the test opens it
    calls: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    answer: list[dict[str, Any]] | None = None

    async def __call__(self, open_id: str, text: str, metadata: dict[str, Any]) -> list[dict[str, Any]]:
        self.calls.append((open_id, text, metadata))
        if self.gate is not None:
            await self.gate.wait()
        if self.answer is not None:
            return self.answer
        if text == "要提交":
            return [{"text": "以上信息对吗？", "buttons": BUTTONS}]
        return [{"text": f"收到：{text}"}, {"text": "还有别的吗？"}]

    def hold(self) -> asyncio.Event:
        self.gate = asyncio.Event()
        return self.gate


@dataclass
class Clock:
    """The endpoint's time: moved by the test, never by waiting."""

    now: float = 1_780_000_000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Windows:
    """WeChat's reply windows, closed by the test instead of after real seconds."""

    opened: int = 0
    _closing: list[asyncio.Event] = field(default_factory=list)

    async def __call__(self, task: asyncio.Task[Any], seconds: float) -> None:
        closed = asyncio.Event()
        self._closing.append(closed)
        self.opened += 1
        closer = asyncio.ensure_future(closed.wait())
        await asyncio.wait({task, closer}, return_when=asyncio.FIRST_COMPLETED)
        closer.cancel()

    def close(self) -> None:
        """The open windows run out: their requests answer `success` unless the bot is done."""
        for event in self._closing:
            event.set()
        self._closing.clear()

    async def until_opened(self, count: int) -> None:
        while self.opened < count:
            await asyncio.sleep(0)


@dataclass
class Setup:
    endpoint: WeChatEndpoint
    bot: FakeBot
    api: FakeWeChatAPI
    wechat: WeChatServer
    clock: Clock
    windows: Windows

    async def send(self, xml: str, mode: str = "safe") -> tuple[int, str]:
        query, body = self.wechat.post(xml, mode)
        result = await self.endpoint.receive(query, body)
        return result.status, result.body

    async def reply(self, xml: str, mode: str = "safe") -> dict[str, str] | None:
        status, body = await self.send(xml, mode)
        assert status == 200, body
        return self.wechat.read_reply(body)

    def allow_plaintext(self) -> None:
        self.endpoint.config = replace(self.endpoint.config, allow_plaintext=True)

    def later(self, seconds: float) -> None:
        self.clock.now += seconds
        self.wechat.now = int(self.clock.now)


@pytest.fixture
async def setup() -> AsyncIterator[Setup]:
    api = FakeWeChatAPI(APP_ID, SECRET)
    server = TestServer(api.app())
    await server.start_server()
    base = str(server.make_url("")).rstrip("/")
    aes_key = new_aes_key()
    config = WeChatConfig(TOKEN, APP_ID, SECRET, aes_key, base)
    client = CustomerServiceClient(base, AccessTokenCache(base, APP_ID, SECRET), backoff_s=0.01)
    bot, clock, windows = FakeBot(), Clock(), Windows()
    endpoint = WeChatEndpoint(
        config, bot, client, jobs=JobRegistry(clock=clock), clock=clock, window=windows, followup_delay_s=0.01
    )
    wechat = WeChatServer(TOKEN, aes_key, APP_ID, now=int(clock.now))
    yield Setup(endpoint, bot, api, wechat, clock, windows)
    await endpoint.drain()
    await client.close()
    await server.close()


@pytest.mark.parametrize("mode", ["plaintext", "compatible", "safe"])
async def test_text_gets_a_passive_reply_in_every_mode(setup: Setup, mode: str) -> None:
    if mode != "safe":
        setup.allow_plaintext()  # 兼容模式 asked for explicitly
    reply = await setup.reply(setup.wechat.text("oCitizen-1", "小区噪音扰民"), mode)
    assert reply["MsgType"] == "text"
    assert reply["Content"] == "收到：小区噪音扰民\n\n还有别的吗？"  # two bot messages, one reply
    assert (reply["ToUserName"], reply["FromUserName"]) == ("oCitizen-1", setup.wechat.account)
    open_id, text, metadata = setup.bot.calls[0]
    assert (open_id, text) == ("oCitizen-1", "小区噪音扰民")
    assert metadata["wechat"]["msg_type"] == "text" and metadata["wechat"]["msg_id"]


async def test_server_verification_echoes_only_with_a_good_signature(setup: Setup) -> None:
    assert setup.endpoint.verify(setup.wechat.verification("echo-42")).body == "echo-42"
    bad = {**setup.wechat.verification("echo-42"), "signature": "0" * 40}
    result = setup.endpoint.verify(bad)
    assert result.status == 403 and "echo-42" not in result.body


@pytest.mark.parametrize(
    "tamper",
    [
        lambda q: {**q, "signature": "0" * 40},
        lambda q: {k: v for k, v in q.items() if k != "signature"},
        lambda q: {**q, "nonce": q["nonce"] + "1"},
        lambda q: {**q, "timestamp": str(int(q["timestamp"]) + 1)},
    ],
)
async def test_bad_signatures_get_403_and_no_bot_work(
    setup: Setup, tamper: Any, caplog: pytest.LogCaptureFixture
) -> None:
    query, body = setup.wechat.post(setup.wechat.text("oCitizen-2", "你好"))
    result = await setup.endpoint.receive(tamper(query), body)
    assert result.status == 403
    assert setup.bot.calls == [] and len(setup.endpoint.jobs) == 0
    assert "wechat.bad_signature" in caplog.text


async def test_bad_msg_signature_in_safe_mode_gets_403(setup: Setup) -> None:
    query, body = setup.wechat.post(setup.wechat.text("oCitizen-2", "你好"), "safe")
    result = await setup.endpoint.receive({**query, "msg_signature": "f" * 40}, body)
    assert result.status == 403 and setup.bot.calls == []


async def test_a_signed_body_that_is_not_xml_gets_400(setup: Setup) -> None:
    setup.allow_plaintext()
    result = await setup.endpoint.receive(setup.wechat.query(), b"<html>")
    assert result.status == 400 and setup.bot.calls == []


async def test_a_replayed_old_request_is_refused(setup: Setup) -> None:
    query = setup.wechat.query(timestamp="1500000000")
    result = await setup.endpoint.receive(query, setup.wechat.text("oCitizen-2", "你好").encode())
    assert result.status == 403 and setup.bot.calls == []


async def test_without_a_token_the_channel_answers_503() -> None:
    endpoint = WeChatEndpoint(WeChatConfig(), FakeBot())
    server = WeChatServer("")
    result = await endpoint.receive(server.query(), server.text("o", "你好").encode())
    assert result.status == 503


async def test_a_retried_msgid_is_processed_once(setup: Setup) -> None:
    xml = setup.wechat.text("oCitizen-3", "拖欠工资三个月", msg_id=7100000000000000001)
    replies = await asyncio.gather(*(setup.reply(xml, "safe") for _ in range(3)))
    assert len(setup.bot.calls) == 1
    assert {r["Content"] for r in replies} == {"收到：拖欠工资三个月\n\n还有别的吗？"}
    again = await setup.reply(xml, "safe")  # WeChat lost our answer and retries later
    assert again["Content"].startswith("收到：") and len(setup.bot.calls) == 1
    await setup.endpoint.drain()
    assert setup.api.delivered == []


async def test_a_slow_bot_gets_success_and_an_async_delivery(setup: Setup) -> None:
    gate = setup.bot.hold()
    sending = asyncio.ensure_future(setup.send(setup.wechat.text("oCitizen-4", "慢一点的回答")))
    await setup.windows.until_opened(1)
    setup.windows.close()  # WeChat's 5 s are up before the bot is done
    assert await sending == (200, "success")
    gate.set()
    await setup.endpoint.drain()
    assert setup.api.messages_to("oCitizen-4") == ["收到：慢一点的回答\n\n还有别的吗？"]


async def test_a_retry_while_the_bot_is_slow_carries_the_ready_reply(setup: Setup) -> None:
    gate = setup.bot.hold()
    xml = setup.wechat.text("oCitizen-5", "我想反映情况", msg_id=7100000000000000002)
    first = asyncio.ensure_future(setup.send(xml))
    await setup.windows.until_opened(1)
    setup.windows.close()
    assert await first == (200, "success")
    retry = asyncio.ensure_future(setup.reply(xml))  # WeChat retries while the bot is still working
    await setup.windows.until_opened(2)
    gate.set()  # ready within the retry's window
    assert (await retry)["Content"].startswith("收到：我想反映情况")
    await setup.endpoint.drain()
    assert setup.api.delivered == []  # not sent twice
    assert len(setup.bot.calls) == 1


async def test_a_long_reply_is_split_passive_first_then_the_api(setup: Setup) -> None:
    setup.bot.answer = [{"text": "甲" * 600}, {"text": "乙" * 500}, {"text": "丙" * 100}]
    reply = await setup.reply(setup.wechat.text("oCitizen-6", "说说"))
    assert reply["Content"] == "甲" * 600
    await setup.endpoint.drain()
    assert setup.api.messages_to("oCitizen-6") == ["乙" * 500 + "\n\n" + "丙" * 100]


async def test_a_number_picks_the_button_payload(setup: Setup) -> None:
    reply = await setup.reply(setup.wechat.text("oCitizen-7", "要提交"))
    assert "回复 1：对，提交" in reply["Content"] and "回复 2：需要修改" in reply["Content"]
    await setup.reply(setup.wechat.text("oCitizen-7", "１"))
    open_id, text, metadata = setup.bot.calls[-1]
    assert text == "/affirm"
    assert metadata["wechat"]["typed"] == "１" and metadata["wechat"]["option_title"] == "对，提交"
    await setup.reply(setup.wechat.text("oCitizen-8", "1"))  # someone else's "1" is just text
    assert setup.bot.calls[-1][1] == "1"


async def test_voice_uses_recognition_or_asks_to_type(setup: Setup) -> None:
    reply = await setup.reply(setup.wechat.voice("oCitizen-9", "我家楼下天天施工到半夜"))
    assert setup.bot.calls[-1][1] == "我家楼下天天施工到半夜"
    assert reply["Content"].startswith("收到：")
    reply = await setup.reply(setup.wechat.voice("oCitizen-9", None))
    assert reply["Content"] == texts.VOICE_UNCLEAR and len(setup.bot.calls) == 1


async def test_image_is_passed_on_as_evidence(setup: Setup) -> None:
    url = "http://mmbiz.qpic.cn/mmbiz_jpg/abc/0"
    setup.bot.answer = [{"text": "抱歉，这个回答我没太看懂。"}, {"text": "这件事是什么时候发生的？"}]
    reply = await setup.reply(setup.wechat.image("oCitizen-10", url, "media-77"))
    assert reply["Content"] == f"{texts.IMAGE_RECEIVED}\n\n这件事是什么时候发生的？"
    _, text, metadata = setup.bot.calls[-1]
    assert text == f"[图片] {url}"
    assert metadata["wechat"]["evidence"] == {"kind": "image", "media_id": "media-77", "pic_url": url}


async def test_location_label_is_sent_as_the_place(setup: Setup) -> None:
    await setup.reply(setup.wechat.location("oCitizen-11", 23.1345, 113.3588, "广东省广州市天河区石牌街道"))
    _, text, metadata = setup.bot.calls[-1]
    assert text == "广东省广州市天河区石牌街道"
    assert metadata["wechat"]["location"]["latitude"] == pytest.approx(23.1345)
    assert metadata["wechat"]["location"]["longitude"] == pytest.approx(113.3588)


async def test_subscribe_gets_welcome_and_privacy_and_unsubscribe_nothing(setup: Setup) -> None:
    reply = await setup.reply(setup.wechat.event("oCitizen-12", "subscribe"), "safe")
    assert "欢迎关注" in reply["Content"] and "隐私" in reply["Content"]
    assert await setup.reply(setup.wechat.event("oCitizen-12", "unsubscribe")) is None
    assert setup.bot.calls == []


async def test_other_message_types_get_a_polite_reply(setup: Setup) -> None:
    reply = await setup.reply(setup.wechat.link("oCitizen-13"))
    assert reply["Content"] == texts.UNSUPPORTED and setup.bot.calls == []


async def test_a_failing_bot_gets_an_apology(setup: Setup) -> None:
    async def broken(open_id: str, text: str, metadata: dict[str, Any]) -> list[dict[str, Any]]:
        raise RuntimeError("boom")

    setup.endpoint.bot = broken
    reply = await setup.reply(setup.wechat.text("oCitizen-14", "你好"))
    assert reply["Content"] == texts.FAILED


async def test_delivery_stops_at_the_48_hour_window(setup: Setup, caplog: pytest.LogCaptureFixture) -> None:
    gate = setup.bot.hold()
    setup.api.fail_next(45015)
    sending = asyncio.ensure_future(setup.send(setup.wechat.text("oCitizen-15", "很久以后")))
    await setup.windows.until_opened(1)
    setup.windows.close()
    assert await sending == (200, "success")
    gate.set()
    await setup.endpoint.drain()
    assert setup.api.messages_to("oCitizen-15") == []
    assert "45015" in caplog.text


@pytest.mark.parametrize(
    ("event", "polite"), [("LOCATION", False), ("VIEW", False), ("CLICK", True), ("SCAN", False)]
)
async def test_menu_and_report_events(setup: Setup, event: str, polite: bool) -> None:
    reply = await setup.reply(setup.wechat.event("oCitizen-16", event, "MENU_KEY"))
    assert (reply is not None and reply["Content"] == texts.UNSUPPORTED) == polite
    assert setup.bot.calls == []


# -- forged and replayed pushes (issue 16, item 5) ---------------------------------------------------


@pytest.mark.parametrize("mode", ["plaintext", "compatible"])
async def test_with_an_aes_key_only_safe_mode_is_read_unless_compatible_mode_is_asked_for(
    setup: Setup, mode: str
) -> None:
    query, body = setup.wechat.post(setup.wechat.text("oCitizen-20", "冒充别人发的"), mode)
    if mode == "plaintext":
        refused = await setup.endpoint.receive(query, body)
        assert refused.status == 403 and setup.bot.calls == []
    else:  # the compatible push is signed over its Encrypt and is read from there
        assert (await setup.endpoint.receive(query, body)).status == 200 and len(setup.bot.calls) == 1


async def test_a_captured_signed_url_cannot_carry_another_body(setup: Setup) -> None:
    query, _ = setup.wechat.post(setup.wechat.text("oCitizen-21", "你好"), "safe")
    forged = setup.wechat.text("oVictim-1", "我撤回我的信访事项")
    result = await setup.endpoint.receive({**query, "encrypt_type": "raw"}, forged.encode())
    assert result.status == 403
    result = await setup.endpoint.receive(query, forged.encode())  # aes claimed, no Encrypt inside
    assert result.status == 403 and setup.bot.calls == []


async def test_a_push_replayed_after_the_retry_memory_is_not_processed_again(setup: Setup) -> None:
    query, body = setup.wechat.post(
        setup.wechat.text("oCitizen-22", "拖欠工资", msg_id=7100000000000000022), "safe"
    )
    assert (await setup.endpoint.receive(query, body)).status == 200
    setup.later(130)  # after the 120 s of retries, inside the 600 s the timestamp still passes
    replayed = await setup.endpoint.receive(query, body)
    assert (replayed.status, replayed.body) == (200, "success") and len(setup.bot.calls) == 1


async def test_a_nonce_used_again_with_another_message_is_refused(setup: Setup) -> None:
    first_query, first_body = setup.wechat.post(setup.wechat.text("oCitizen-23", "第一条"), "safe")
    assert (await setup.endpoint.receive(first_query, first_body)).status == 200
    query, body = setup.wechat.post(setup.wechat.text("oCitizen-23", "第二条"), "safe")
    encrypted = ENCRYPT.search(body.decode()).group(1)
    timestamp, nonce = first_query["timestamp"], first_query["nonce"]
    reused = {  # correctly signed, but with the first push's nonce
        **setup.wechat.query(timestamp=timestamp, nonce=nonce),
        "encrypt_type": "aes",
        "msg_signature": sign(TOKEN, timestamp, nonce, encrypted),
    }
    result = await setup.endpoint.receive(reused, body)
    assert (result.status, result.body) == (403, "nonce already used")
    assert [call[1] for call in setup.bot.calls] == ["第一条"]


async def test_a_sweep_of_replays_is_refused_every_time(setup: Setup) -> None:
    captured = [
        setup.wechat.post(
            setup.wechat.text(f"oCitizen-3{i}", f"第{i}条", msg_id=7100000000000000100 + i), "safe"
        )
        for i in range(20)
    ]
    for query, body in captured:
        assert (await setup.endpoint.receive(query, body)).status == 200
    setup.later(121)
    for _ in range(10):  # replays across the whole window, and after it the timestamp is stale
        for query, body in captured:
            result = await setup.endpoint.receive(query, body)
            assert result.body == "success" or result.status == 403
        setup.later(100)
    assert len(setup.bot.calls) == 20
