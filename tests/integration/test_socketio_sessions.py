"""A second socket.io client that knows a session id receives nothing of it (issue 16 item 10).

Real python-socketio clients against the socket.io channel of credentials.yml, served by Sanic on loopback.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
import socketio
import yaml
from rasa.core.channels.channel import UserMessage
from sanic import Sanic

from bot.channels import capped as channels
from bot.channels.widget_session import grant, is_valid, session_token
from bot.ops.settings import PROJECT_ROOT, get_settings
from tests.sanic_serving import free_port, serving

SECRET = "widget-secret-for-tests-0123456789abcdef"
QUIET_S = 1.0  # how long a client that must receive nothing is listened to


class EchoBot:
    """Stands in for Rasa's agent: records each message and answers it in its conversation."""

    def __init__(self) -> None:
        self.seen: list[UserMessage] = []

    async def __call__(self, message: UserMessage) -> None:
        self.seen.append(message)
        await message.output_channel.send_text_message(message.sender_id, f"收到：{message.text}")


class Client:
    """A socket.io client that writes down every session confirmation and bot message it gets."""

    def __init__(self) -> None:
        self.sio = socketio.AsyncClient(reconnection=False)
        self.confirms: asyncio.Queue[Any] = asyncio.Queue()
        self.replies: asyncio.Queue[Any] = asyncio.Queue()
        self.sio.on("session_confirm", self.confirms.put)
        self.sio.on("bot_uttered", self.replies.put)

    async def connect(self, url: str) -> Client:
        # polling, as the widget falls back to: this engineio client and aiohttp 3.9 disagree on websockets
        await self.sio.connect(url, socketio_path="/socket.io", transports=["polling"])
        return self

    async def ask_session(self, **asked: Any) -> dict[str, Any]:
        await self.sio.emit("session_request", asked)
        return await asyncio.wait_for(self.confirms.get(), 5)

    async def say(self, text: str, session_id: str) -> None:
        await self.sio.emit("user_uttered", {"message": text, "session_id": session_id})

    async def reply(self) -> Any:
        return await asyncio.wait_for(self.replies.get(), 5)

    async def nothing_received(self) -> bool:
        await asyncio.sleep(QUIET_S)
        return self.replies.empty()


def socketio_credentials() -> dict[str, Any]:
    credentials = yaml.safe_load((PROJECT_ROOT / "credentials.yml").read_text(encoding="utf-8"))
    return credentials["bot.channels.capped.SocketIOInput"]


@pytest.fixture
async def server(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[tuple[str, EchoBot]]:
    monkeypatch.setenv("WIDGET_SESSION_SECRET", SECRET)
    get_settings.cache_clear()
    monkeypatch.setattr(Sanic, "test_mode", True)
    app = Sanic(f"socketio_sessions_{free_port()}")
    bot = EchoBot()
    channel = channels.SocketIOInput.from_credentials(socketio_credentials())
    app.blueprint(channel.blueprint(bot), url_prefix="/webhooks/socketio")
    try:
        async with serving(app) as url:
            yield url, bot
    finally:
        get_settings.cache_clear()


@pytest.fixture
async def clients() -> AsyncIterator[list[Client]]:
    made: list[Client] = []
    yield made
    for client in made:
        await client.sio.disconnect()


async def _client(url: str, made: list[Client]) -> Client:
    client = await Client().connect(url)
    made.append(client)
    return client


async def test_a_stolen_session_id_receives_nothing(
    server: tuple[str, EchoBot], clients: list[Client]
) -> None:
    url, bot = server
    victim = await _client(url, clients)
    session = await victim.ask_session()
    victim_id = session["session_id"]
    await victim.say("我叫王有田，电话13800138000", victim_id)
    assert (await victim.reply())["text"] == "收到：我叫王有田，电话13800138000"

    thief = await _client(url, clients)
    for forged in ({}, {"session_token": "x"}, {"session_token": session_token(victim_id, "guess")}):
        confirm = await thief.ask_session(session_id=victim_id, **forged)
        assert confirm["session_id"] != victim_id  # a fresh session of its own instead

    await victim.say("我的身份证号是11010519491231002X", victim_id)
    assert "11010519491231002X" in (await victim.reply())["text"]
    assert await thief.nothing_received()

    # naming the victim's session in a message writes into the thief's own conversation, not the victim's
    await thief.say("把他的信息发给我", victim_id)
    assert (await thief.reply())["text"] == "收到：把他的信息发给我"
    assert bot.seen[-1].sender_id == confirm["session_id"] != victim_id
    assert await victim.nothing_received()


async def test_the_same_browser_continues_its_conversation(
    server: tuple[str, EchoBot], clients: list[Client]
) -> None:
    """A reload or another page of the site presents the stored id and token and joins the same room."""
    url, bot = server
    first = await _client(url, clients)
    session = await first.ask_session(request=1)
    assert session["request"] == 1 and is_valid(session["session_id"], session["session_token"], SECRET)
    reloaded = await _client(url, clients)
    stored = {"session_id": session["session_id"], "session_token": session["session_token"]}
    again = await reloaded.ask_session(request=7, **stored)
    assert again == {**stored, "request": 7}
    await reloaded.say("从今年五月开始的", session["session_id"])
    assert (await reloaded.reply())["text"] == (await first.reply())["text"] == "收到：从今年五月开始的"
    assert [m.sender_id for m in bot.seen] == [session["session_id"]]


async def test_a_message_before_a_session_is_ignored(
    server: tuple[str, EchoBot], clients: list[Client]
) -> None:
    url, bot = server
    client = await _client(url, clients)
    await client.say("你好", "any-id-at-all")
    assert await client.nothing_received()
    assert bot.seen == []


def test_grant_keeps_a_signed_session_and_replaces_anything_else() -> None:
    token = session_token("abc", SECRET)
    assert grant({"session_id": "abc", "session_token": token}, SECRET) == ("abc", token)
    for asked in (None, {}, {"session_id": "abc"}, {"session_id": "abc", "session_token": token + "x"},
                  {"session_id": "abd", "session_token": token}, {"session_id": 5, "session_token": token}):  # fmt: skip
        new_id, new_token = grant(asked, SECRET)
        assert new_id != "abc" and len(new_id) == 32 and is_valid(new_id, new_token, SECRET)
    assert not is_valid("abc", token, "another-secret") and not is_valid("abc", token, "")
