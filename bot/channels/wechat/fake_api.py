"""A local stand-in for WeChat's API (token + customer-service messages) for the simulator and tests.

Failures can be injected: `fail_next(errcode)` answers the next send with that error code,
`delay_next(seconds)` holds it (a timeout), `expire_tokens()` makes every issued token invalid (42001).
"""

from __future__ import annotations

import asyncio
import json
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass(frozen=True)
class Delivered:
    open_id: str
    content: str
    raw: bytes  # the body as sent: WeChat needs UTF-8, not \u escapes


@dataclass
class FakeWeChatAPI:
    app_id: str
    app_secret: str
    on_message: Callable[[Delivered], None] | None = None
    delivered: list[Delivered] = field(default_factory=list)
    token_requests: int = 0
    send_requests: int = 0
    _tokens: set[str] = field(default_factory=set)
    _faults: list[tuple[str, float]] = field(default_factory=list)  # ("errcode"|"delay", value)
    _lock: threading.Condition = field(default_factory=threading.Condition)

    # --- injection (thread-safe: tests call these from their own thread) --------------------------

    def fail_next(self, errcode: int, times: int = 1) -> None:
        with self._lock:
            self._faults.extend([("errcode", float(errcode))] * times)

    def delay_next(self, seconds: float) -> None:
        with self._lock:
            self._faults.append(("delay", seconds))

    def expire_tokens(self) -> None:
        with self._lock:
            self._tokens.clear()

    def messages_to(self, open_id: str) -> list[str]:
        with self._lock:
            return [d.content for d in self.delivered if d.open_id == open_id]

    def wait_for(self, open_id: str, count: int, timeout: float = 30.0) -> list[str]:
        """Block until `count` messages reached `open_id` (or the timeout); returns them."""
        with self._lock:
            self._lock.wait_for(lambda: len(self._messages_locked(open_id)) >= count, timeout)
            return self._messages_locked(open_id)

    def _messages_locked(self, open_id: str) -> list[str]:
        return [d.content for d in self.delivered if d.open_id == open_id]

    # --- HTTP -----------------------------------------------------------------------------------

    async def _token(self, request: web.Request) -> web.Response:
        with self._lock:
            self.token_requests += 1
            if (request.query.get("appid"), request.query.get("secret")) != (self.app_id, self.app_secret):
                return web.json_response({"errcode": 40125, "errmsg": "invalid appsecret"})
            token = secrets.token_hex(16)
            self._tokens.add(token)
        return web.json_response({"access_token": token, "expires_in": 7200})

    async def _send(self, request: web.Request) -> web.Response:
        raw = await request.read()
        with self._lock:
            self.send_requests += 1
            fault = self._faults.pop(0) if self._faults else None
            token_ok = request.query.get("access_token") in self._tokens
        if fault and fault[0] == "delay":
            await asyncio.sleep(fault[1])
        if fault and fault[0] == "errcode":
            return web.json_response({"errcode": int(fault[1]), "errmsg": "injected"})
        if not token_ok:
            return web.json_response({"errcode": 42001, "errmsg": "access_token expired"})
        payload: dict[str, Any] = json.loads(raw)
        item = Delivered(payload["touser"], payload["text"]["content"], raw)
        with self._lock:
            self.delivered.append(item)
            self._lock.notify_all()
        if self.on_message is not None:
            self.on_message(item)
        return web.json_response({"errcode": 0, "errmsg": "ok"})

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/cgi-bin/token", self._token)
        app.router.add_post("/cgi-bin/message/custom/send", self._send)
        return app


class ThreadedServer:
    """Runs an aiohttp app on its own event loop in a daemon thread (for synchronous callers)."""

    def __init__(self, app: web.Application, host: str = "127.0.0.1", port: int = 0) -> None:
        self._app, self._host, self._port = app, host, port
        self._loop = asyncio.new_event_loop()
        self._runner: web.AppRunner | None = None
        self.url = ""

    def __enter__(self) -> ThreadedServer:
        ready = threading.Event()

        async def start() -> None:
            self._runner = web.AppRunner(self._app)
            await self._runner.setup()
            site = web.TCPSite(self._runner, self._host, self._port)
            await site.start()
            port = self._runner.addresses[0][1]
            self.url = f"http://{self._host}:{port}"
            ready.set()

        def run() -> None:
            asyncio.set_event_loop(self._loop)
            self._loop.run_until_complete(start())
            self._loop.run_forever()

        threading.Thread(target=run, daemon=True, name="fake-wechat-api").start()
        if not ready.wait(10):
            raise RuntimeError("fake WeChat API did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
