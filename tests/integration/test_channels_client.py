"""The client address reaches the actions from the server's side, never from the client's claim (issue 16)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from types import SimpleNamespace
from typing import Any

import aiohttp
import pytest
from sanic import Sanic

from bot.channels import capped as channels
from bot.channels.client import CLIENT_KEY, client_of, environ_address, public_address, stamped
from tests.integration.test_channels_capped import Bot
from tests.sanic_serving import free_port, serving


def test_stamped_overwrites_a_forged_address_and_keeps_the_rest() -> None:
    forged = {CLIENT_KEY: "1.2.3.4", "lang": "zh"}
    assert stamped(forged, "203.0.113.5") == {CLIENT_KEY: "203.0.113.5", "lang": "zh"}
    assert stamped(forged, None) == {"lang": "zh"}
    assert stamped("not a dict", "203.0.113.5") == {CLIENT_KEY: "203.0.113.5"}
    assert forged[CLIENT_KEY] == "1.2.3.4"  # the client's dict is not changed in place


def test_client_of_reads_the_latest_message() -> None:
    assert client_of({"metadata": {CLIENT_KEY: "203.0.113.5"}}) == "203.0.113.5"
    assert client_of({"metadata": None}) is None and client_of(None) is None
    assert client_of({"metadata": {CLIENT_KEY: 5}}) is None


def test_environ_address_prefers_the_sanic_request() -> None:
    request = SimpleNamespace(remote_addr="", ip="198.51.100.2")
    assert environ_address({"sanic.request": request, "REMOTE_ADDR": "127.0.0.1"}) == "198.51.100.2"
    assert environ_address({"REMOTE_ADDR": "203.0.113.7"}) == "203.0.113.7"


def test_this_machine_is_no_client_so_local_tools_and_an_untrusted_local_proxy_share_no_limit() -> None:
    assert public_address("127.0.0.1") is None and public_address("::1") is None
    assert public_address("10.1.2.3") == "10.1.2.3" and public_address("not-an-ip") == "not-an-ip"


@pytest.fixture
async def rest_server(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[tuple[str, Bot]]:
    monkeypatch.setattr(Sanic, "test_mode", True)
    app = Sanic(f"client_rest_{free_port()}")
    bot = Bot()
    app.blueprint(channels.RestInput().blueprint(bot), url_prefix="/webhooks/rest")
    async with serving(app) as url:
        yield f"{url}/webhooks/rest/webhook", bot


async def test_rest_puts_the_seen_address_in_the_metadata(rest_server: tuple[str, Bot]) -> None:
    url, bot = rest_server
    body = {"sender": "c1", "message": "查进度", "metadata": {CLIENT_KEY: "8.8.8.8", "lang": "zh"}}
    async with aiohttp.ClientSession() as http, http.post(url, json=body) as answer:
        assert answer.status == 200
    assert bot.seen[0].metadata == {"lang": "zh"}  # the forged address dropped; this machine is no client


async def test_socketio_puts_the_connection_address_in_the_metadata() -> None:
    bot = Bot()
    channel = channels.SocketIOInput()
    channel.blueprint(bot)
    handler = channel.sio.handlers["/"][channel.user_message_evt]
    request = SimpleNamespace(remote_addr=None, ip="198.51.100.9")
    channel.sio.get_environ = lambda sid, namespace=None: {"sanic.request": request}  # type: ignore[method-assign]

    async def get_session(sid: str, namespace: str | None = None) -> dict[str, str]:
        # the session the connection was confirmed for (bot.channels.widget_session)
        return {"session_id": "s1"}

    channel.sio.get_session = get_session  # type: ignore[method-assign]
    emitted: list[Any] = []

    async def emit(*args: Any, **kwargs: Any) -> None:
        emitted.append(args)

    channel.sio.emit = emit  # type: ignore[method-assign]
    await handler("sid-1", {"message": "查进度", "session_id": "s1", "metadata": '{"client_address": "x"}'})
    assert bot.seen[0].metadata == {CLIENT_KEY: "198.51.100.9"}
    assert emitted  # the answer went out as usual
