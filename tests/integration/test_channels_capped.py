"""Giant messages and bodies are refused early and politely; a REST request needs its own sender (issue 16)."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.socketio import SocketIOInput as RasaSocketIOInput
from sanic import Sanic

from bot.channels import capped as channels
from bot.channels.limits import MAX_BODY_BYTES, MAX_MESSAGE_CHARS, TOO_LONG_REPLY, capped, limit_server_bodies
from bot.channels.wechat.channel import WeChatInput as PlainWeChatInput
from tests.sanic_serving import free_port, serving


class Bot:
    """Stands in for Rasa's agent: records what reached it and answers."""

    def __init__(self) -> None:
        self.seen: list[UserMessage] = []

    async def __call__(self, message: UserMessage) -> None:
        self.seen.append(message)
        await message.output_channel.send_text_message(message.sender_id, "收到")


async def test_an_over_long_message_is_answered_and_never_reaches_the_bot() -> None:
    bot = Bot()
    handle = capped(bot)
    out = CollectingOutputChannel()
    await handle(UserMessage("字" * MAX_MESSAGE_CHARS, out, "c1"))  # exactly at the limit: read
    await handle(UserMessage("字" * (MAX_MESSAGE_CHARS + 1), out, "c1"))
    await handle(UserMessage(None, out, "c1"))  # no text (a button payload, a restart): read
    assert [len(m.text or "") for m in bot.seen] == [MAX_MESSAGE_CHARS, 0]
    assert [m["text"] for m in out.messages] == ["收到", TOO_LONG_REPLY, "收到"]
    assert out.messages[1]["recipient_id"] == "c1"


@pytest.mark.parametrize("channel", [channels.SocketIOInput, channels.WeChatInput])
def test_socketio_and_wechat_hand_the_capped_handler_on(channel: type, monkeypatch: Any) -> None:
    parent = RasaSocketIOInput if channel is channels.SocketIOInput else PlainWeChatInput
    given: list[Any] = []
    monkeypatch.setattr(parent, "blueprint", lambda self, on_new_message: given.append(on_new_message))
    bot = Bot()
    channel.blueprint(object.__new__(channel), bot)
    assert given and given[0] is not bot and given[0].__qualname__ == capped(bot).__qualname__
    assert channel.name() == parent.name()  # same name, so the same /webhooks/<name> URL


@pytest.fixture
async def rest_server(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[tuple[str, Bot]]:
    """A Sanic app configured as `bot.ops.rasa_server` configures Rasa's, with the REST channel of credentials.yml."""
    environ: dict[str, str] = {}
    limit_server_bodies(environ)
    for key, value in environ.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(Sanic, "test_mode", True)
    app = Sanic(f"capped_rest_{free_port()}")
    assert app.config.REQUEST_MAX_SIZE == MAX_BODY_BYTES
    bot = Bot()
    app.blueprint(channels.RestInput().blueprint(bot), url_prefix="/webhooks/rest")
    async with serving(app) as url:
        yield f"{url}/webhooks/rest/webhook", bot


async def test_rest_reads_a_normal_message_and_caps_a_long_one(rest_server: tuple[str, Bot]) -> None:
    url, bot = rest_server
    async with aiohttp.ClientSession() as http:
        async with http.post(url, json={"sender": "c1", "message": "小区噪音扰民"}) as answer:
            assert answer.status == 200 and (await answer.json())[0]["text"] == "收到"
        long = "楼下烧烤店每天吵到半夜。" * 200  # 2,400 characters, ~28 KB of escaped JSON
        async with http.post(url, json={"sender": "c1", "message": long}) as answer:
            assert answer.status == 200
            assert await answer.json() == [{"recipient_id": "c1", "text": TOO_LONG_REPLY}]
    assert [m.text for m in bot.seen] == ["小区噪音扰民"]


@pytest.mark.parametrize(
    "body",
    [{"message": "我叫王有田"}, {"sender": "", "message": "hi"}, {"sender": "  ", "message": "hi"},
     {"sender": None, "message": "hi"}, {"sender": 42, "message": "hi"}, {"sender": "x" * 500, "message": "hi"},
     ["sender", "message"], {"sender": "c2", "message": ["我叫王有田"]}, {"sender": "c2", "message": 42}],
)  # fmt: skip
async def test_rest_refuses_a_request_without_its_own_sender_or_a_text(
    rest_server: tuple[str, Bot], body: Any
) -> None:
    url, bot = rest_server
    async with aiohttp.ClientSession() as http, http.post(url, json=body) as answer:
        assert answer.status == 400
    assert bot.seen == []  # nothing went into a shared "default" conversation


async def test_a_megabyte_body_is_refused_in_under_100_ms(rest_server: tuple[str, Bot]) -> None:
    url, bot = rest_server
    body = b'{"sender": "c1", "message": "' + b"a" * 1_000_000 + b'"}'
    async with aiohttp.ClientSession() as http:
        async with http.post(url, data=b"{}") as warm:  # connection set up outside the timing
            assert warm.status == 400
        started = time.perf_counter()
        async with http.post(url, data=body, headers={"Content-Type": "application/json"}) as answer:
            status = answer.status
        elapsed = time.perf_counter() - started
    assert status == 413
    print(f"1 MB body refused in {elapsed * 1000:.1f} ms")
    assert elapsed < 0.1, f"{elapsed * 1000:.0f} ms"
    assert bot.seen == []
