"""EndpointConfig.request (bot.rasa_plugins.patches.action_session): one open session per loop, the same calls."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from aiohttp import web
from rasa.utils.endpoints import ClientResponseError, EndpointConfig

from bot.rasa_plugins.patches import action_session
from bot.rasa_plugins.patches.swap import restore_all

BODY = {
    "next_action": "validate_intake_form",
    "tracker": {
        "latest_message": {
            "text": "我在廣州市天河區上班，老闆拖欠工資３個多月／電話１３８００１３８０００",
            "intent": {"name": "tell_problem", "confidence": 0.9910345939953564},
            "intent_ranking": [{"name": "inform", "confidence": 2.9101354206645637e-05}],
        },
        "slots": {"count": 12.0, "matters": ["拖欠工资", "噪音扰民"], "paid": None, "urgent": False},
        "events": [{"event": "user", "text": '你好 "嗯" \\ 没有打官司', "timestamp": 1764912345.123456}],
    },
}


async def _serve(seen: list[dict[str, Any]], handler_status: int = 200, keep_alive: float = 75.0):
    async def webhook(request: web.Request) -> web.StreamResponse:
        seen.append(
            {"peer": request.transport.get_extra_info("peername"), "headers": dict(request.headers),
             "body": json.loads(await request.text()), "query": dict(request.query)}
        )  # fmt: skip
        if request.path.endswith("/plain"):
            return web.Response(text="好的")
        return web.json_response({"events": [], "responses": [{"text": "收到"}]}, status=handler_status)

    app = web.Application()
    app.router.add_post("/{tail:.*}", webhook)
    runner = web.AppRunner(app, keepalive_timeout=keep_alive)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, f"http://127.0.0.1:{port}"


@pytest.fixture
def patched():
    action_session.install()
    yield
    restore_all()


def test_calls_share_one_connection_and_send_the_same_json(patched) -> None:
    async def run() -> list[dict[str, Any]]:
        seen: list[dict[str, Any]] = []
        runner, url = await _serve(seen)
        endpoint = EndpointConfig(
            f"{url}/webhook", headers={"Authorization": "Bearer token-1"}, params={"a": "1"}
        )
        try:
            for _ in range(3):
                answer = await endpoint.request(json=BODY, method="post", timeout=10)
                assert answer == {"events": [], "responses": [{"text": "收到"}]}
            assert await endpoint.request(json=BODY, subpath="plain") is None  # not JSON: None, as Rasa
            await action_session.close_sessions()
        finally:
            await runner.cleanup()
        return seen

    seen = asyncio.run(run())
    assert len(seen) == 4 and len({s["peer"] for s in seen}) == 1  # one connection for all four
    for call in seen:
        assert call["body"] == BODY
        assert call["headers"]["Authorization"] == "Bearer token-1"
        assert call["headers"]["Content-Type"] == "application/json" and call["query"] == {"a": "1"}


def test_an_error_status_raises_as_rasa_does_and_basic_auth_is_sent(patched) -> None:
    async def run() -> list[dict[str, Any]]:
        seen: list[dict[str, Any]] = []
        runner, url = await _serve(seen, handler_status=404)
        endpoint = EndpointConfig(f"{url}/webhook", basic_auth={"username": "rasa", "password": "pw"})
        try:
            with pytest.raises(ClientResponseError) as raised:
                await endpoint.request(json=BODY)
            assert raised.value.status == 404
            await action_session.close_sessions()
        finally:
            await runner.cleanup()
        return seen

    seen = asyncio.run(run())
    assert seen[0]["headers"]["Authorization"].startswith("Basic ")


def test_an_idle_connection_closed_by_the_server_is_not_used_again(patched) -> None:
    async def run() -> list[dict[str, Any]]:
        seen: list[dict[str, Any]] = []
        runner, url = await _serve(seen, keep_alive=0.3)  # the server lets idle connections go first
        endpoint = EndpointConfig(f"{url}/webhook")
        try:
            await endpoint.request(json=BODY)
            await asyncio.sleep(1.5)
            assert await endpoint.request(json=BODY) == {"events": [], "responses": [{"text": "收到"}]}
            await action_session.close_sessions()
        finally:
            await runner.cleanup()
        return seen

    seen = asyncio.run(run())
    assert len(seen) == 2 and seen[0]["peer"] != seen[1]["peer"]


def test_each_event_loop_has_its_own_session(patched) -> None:
    endpoint = EndpointConfig("http://127.0.0.1:9/webhook", headers={"X": "1"})

    async def session() -> Any:
        first = action_session.shared_session(endpoint)
        assert action_session.shared_session(EndpointConfig("http://other/", headers={"X": "1"})) is first
        assert action_session.shared_session(EndpointConfig("http://other/", headers={"X": "2"})) is not first
        await action_session.close_sessions()
        return first

    assert asyncio.run(session()) is not asyncio.run(session())
