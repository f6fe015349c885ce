"""The three ways a citizen reaches the bot, as clients the soak drives: REST, the widget's socket.io and a
WeChat follower (signed, encrypted pushes; replies passive or through the fake customer-service API).

Each `send(text, again=False) -> bool` says whether the bot answered within `REPLY_TIMEOUT_S` and records the
time to the first reply; `again=True` is the client's one retry of the same message (WeChat: the same MsgId).
"""

from __future__ import annotations

import asyncio
import itertools
import random
import time
import urllib.parse
import uuid
from dataclasses import dataclass, field

import aiohttp
import socketio

from bench.cluster.harness import WECHAT_APP_ID, Cluster
from bot.channels.wechat.wire import WireClient

REPLY_TIMEOUT_S = 20.0
POLL_S = 0.05


@dataclass
class Sent:
    at: float  # time.monotonic() when sent
    seconds: float | None  # to the first reply; None: no reply


@dataclass
class RestClient:
    cluster: Cluster
    http: aiohttp.ClientSession
    sender: str = field(default_factory=lambda: f"soak-rest-{uuid.uuid4().hex[:10]}")
    kind: str = "rest"

    async def open(self) -> None:
        return None

    async def close(self) -> None:
        return None

    async def send(self, text: str, again: bool = False) -> Sent:
        started = time.monotonic()
        url = f"{self.cluster.rasa_url}/webhooks/rest/webhook"
        try:
            timeout = aiohttp.ClientTimeout(total=REPLY_TIMEOUT_S)
            async with self.http.post(
                url, json={"sender": self.sender, "message": text}, timeout=timeout
            ) as r:
                body = await r.json(content_type=None) if r.status == 200 else None
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
            body = None
        ok = isinstance(body, list) and any(isinstance(m, dict) and m.get("text") for m in body)
        return Sent(started, time.monotonic() - started if ok else None)


@dataclass
class WeChatClient:
    cluster: Cluster
    http: aiohttp.ClientSession
    sender: str = field(default_factory=lambda: f"oSoak{uuid.uuid4().hex[:20]}")
    kind: str = "wechat"
    _wire: WireClient | None = None
    _last_xml: str = ""
    _delivered_before: int = 0  # customer-service messages before the first try of the current message

    async def open(self) -> None:
        # MsgIds unique across the simulated followers, as WeChat's are (not one clock shared by all)
        ids = itertools.count(random.getrandbits(62))
        self._wire = WireClient(
            self.cluster.wechat_token, self.cluster.wechat_aes_key, WECHAT_APP_ID, _ids=ids
        )

    async def close(self) -> None:
        return None

    async def send(self, text: str, again: bool = False) -> Sent:
        assert self._wire is not None
        if not again:  # a retry repeats the message, MsgId included, as WeChat's own retries do
            self._last_xml = self._wire.message(self.sender, "text", {"Content": text})
            self._delivered_before = len(self.cluster.wechat_api.messages_to(self.sender))
        query, body = self._wire.request(self._last_xml, "safe", self.sender)
        url = f"{self.cluster.rasa_url}/webhooks/wechat/webhook?{urllib.parse.urlencode(query)}"
        before = self._delivered_before  # a late answer to the first try answers the retry too
        started = time.monotonic()
        passive = None
        try:
            timeout = aiohttp.ClientTimeout(total=REPLY_TIMEOUT_S)
            async with self.http.post(url, data=body, timeout=timeout) as response:
                if response.status == 200:
                    passive = self._wire.read_reply(await response.text())
                else:
                    return Sent(started, None)
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
            return Sent(started, None)
        if passive:
            return Sent(started, time.monotonic() - started)
        while time.monotonic() - started < REPLY_TIMEOUT_S:  # `success`: the reply comes through the API
            if len(self.cluster.wechat_api.messages_to(self.sender)) > before:
                return Sent(started, time.monotonic() - started)
            await asyncio.sleep(POLL_S)
        return Sent(started, None)


@dataclass
class SocketClient:
    """The widget's protocol: a server-issued session (id + token) presented on every (re)connection."""

    cluster: Cluster
    http: aiohttp.ClientSession
    kind: str = "socketio"
    sender: str = ""
    token: str = ""
    replies: int = 0
    _sio: socketio.AsyncClient | None = None
    _ready: asyncio.Event = field(default_factory=asyncio.Event)
    _got: asyncio.Event = field(default_factory=asyncio.Event)

    async def open(self) -> None:
        sio = socketio.AsyncClient(reconnection=True, reconnection_delay=0.5, reconnection_delay_max=3)
        self._sio = sio

        @sio.event
        async def connect() -> None:
            self._ready.clear()
            asked = {"session_id": self.sender, "session_token": self.token} if self.sender else {}
            await sio.emit("session_request", asked)

        @sio.event
        async def disconnect() -> None:
            self._ready.clear()

        @sio.on("session_confirm")
        async def confirmed(data: object) -> None:
            if isinstance(data, dict):
                self.sender = str(data.get("session_id") or self.sender)
                self.token = str(data.get("session_token") or self.token)
            self._ready.set()

        @sio.on("bot_uttered")
        async def uttered(data: object) -> None:
            self.replies += 1
            self._got.set()

        # long polling: engineio 4.15's WebSocket client does not run on aiohttp 3.9, and polling is the
        # stricter test of stickiness (every poll must reach the server holding the session)
        await sio.connect(
            self.cluster.rasa_url,
            socketio_path="/socket.io",
            transports=["polling"],
            wait_timeout=REPLY_TIMEOUT_S,
        )
        await asyncio.wait_for(self._ready.wait(), REPLY_TIMEOUT_S)

    async def close(self) -> None:
        if self._sio is not None:
            await self._sio.disconnect()
            await self._sio.eio.http.close() if self._sio.eio.http else None

    async def send(self, text: str, again: bool = False) -> Sent:
        assert self._sio is not None
        started = time.monotonic()
        try:
            await asyncio.wait_for(self._ready.wait(), REPLY_TIMEOUT_S)  # reconnected after a fault
            before = self.replies
            self._got.clear()
            await self._sio.emit("user_uttered", {"message": text, "session_id": self.sender})
            while self.replies == before:
                remaining = REPLY_TIMEOUT_S - (time.monotonic() - started)
                await asyncio.wait_for(self._got.wait(), max(0.01, remaining))
                self._got.clear()
        except (asyncio.TimeoutError, socketio.exceptions.SocketIOError):
            return Sent(started, None)
        return Sent(started, time.monotonic() - started)
