"""The open-loop citizens run: each citizen writes on schedule, walks through the script, and slow replies fail."""

from __future__ import annotations

import asyncio
import threading

import pytest
from aiohttp import web

from bench import citizens
from bench.stack import free_port

SCRIPT = ("你好", "我家楼下烧烤店油烟扰民😤", "对，提交")


def _serve(delay: float) -> tuple[str, list[dict], web.AppRunner, asyncio.AbstractEventLoop]:
    received: list[dict] = []

    async def reply(request: web.Request) -> web.Response:
        received.append(await request.json())
        await asyncio.sleep(delay)
        return web.json_response([{"text": "好的"}])

    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", reply)
    port = free_port()
    loop = asyncio.new_event_loop()
    runner = web.AppRunner(app)
    loop.run_until_complete(runner.setup())
    loop.run_until_complete(web.TCPSite(runner, "127.0.0.1", port).start())
    threading.Thread(target=loop.run_forever, daemon=True).start()
    return f"http://127.0.0.1:{port}/webhooks/rest/webhook", received, runner, loop


def _stop(runner: web.AppRunner, loop: asyncio.AbstractEventLoop) -> None:
    asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(10)
    loop.call_soon_threadsafe(loop.stop)


@pytest.fixture()
def fast_schedule(monkeypatch):
    monkeypatch.setattr(citizens, "INTERVAL_S", 0.5)


def test_each_citizen_writes_on_schedule_and_restarts_the_script(fast_schedule) -> None:
    url, received, runner, loop = _serve(0.01)
    level = asyncio.run(citizens._level(url, SCRIPT, 10, 2.0))
    _stop(runner, loop)
    assert level.ok and level.errors == 0 and level.p95 < 0.5
    assert 30 <= level.messages <= 50  # 10 citizens × about 4 messages in 2 s at one per 0.5 s
    by_sender: dict[str, list[str]] = {}
    for body in received:
        by_sender.setdefault(body["sender"], []).append(body["message"])
    assert all(messages == list(SCRIPT[: len(messages)]) for messages in by_sender.values())
    assert len(by_sender) > 10  # a finished intake starts a new conversation


def test_slow_replies_fail_the_level_and_stop_the_search(fast_schedule) -> None:
    url, _received, runner, loop = _serve(1.1)
    levels = citizens.measure(url, SCRIPT, bound=10_000, seconds=1.5)
    _stop(runner, loop)
    assert len(levels) == 1 and not levels[0].ok and levels[0].p95 >= 1.0
    assert citizens.served(levels) == 0


def test_served_is_the_largest_level_under_one_second() -> None:
    levels = [citizens.Level(300, 0.2, 20, 1200, 0), citizens.Level(450, 0.6, 30, 1800, 0)]
    assert citizens.served(levels) == 450
    assert citizens.served([*levels, citizens.Level(600, 1.4, 38, 2200, 0)]) == 450
    assert citizens.served([citizens.Level(300, 0.3, 20, 1200, 2)]) == 0  # errors fail a level
