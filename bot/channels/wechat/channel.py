"""Rasa input channel `wechat`: /webhooks/wechat/webhook for a WeChat Official Account (公众号)."""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.client import stamped
from bot.channels.wechat.api import CustomerServiceClient
from bot.channels.wechat.config import WeChatConfig
from bot.channels.wechat.endpoint import HttpResult, WeChatEndpoint
from bot.channels.wechat.recorded import TrackerReplies, rasa_message_id
from bot.channels.wechat.replay import ReplayMemory
from bot.channels.wechat.reply import render_messages
from bot.ops.settings import get_settings
from bot.shared_state import access_token_cache, option_store, replay_guard

logger = logging.getLogger(__name__)


def _client(config: WeChatConfig) -> CustomerServiceClient | None:
    if not config.can_send:
        return None
    tokens = access_token_cache(config.api_base, config.app_id, config.app_secret, get_settings().redis_url)
    return CustomerServiceClient(config.api_base, tokens)


def _query(request: Request) -> dict[str, str]:
    return {key: request.args.get(key, "") for key in request.args}


def _http(result: HttpResult) -> HTTPResponse:
    return response.text(result.body, status=result.status, content_type=result.content_type)


class WeChatOutput(OutputChannel):
    """Messages the bot sends on its own (not as an answer) go out through the customer-service API."""

    def __init__(self, client: CustomerServiceClient) -> None:
        self.client = client

    @classmethod
    def name(cls) -> str:
        return "wechat"

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        for part in render_messages([message]).parts:
            await self.client.send_text(recipient_id, part)

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self.send_response(recipient_id, {"text": text})


class WeChatInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "wechat"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> WeChatInput:
        return cls(WeChatConfig.load(credentials))

    def __init__(self, config: WeChatConfig | None = None, replays: ReplayMemory | None = None) -> None:
        self.config = config or WeChatConfig.load()
        self.replays = replays  # None: shared in Redis when REDIS_URL is set, else this process's memory
        if not self.config.configured:
            logger.warning("wechat: WECHAT_TOKEN is not set, /webhooks/wechat/webhook answers 503")

    def get_output_channel(self) -> OutputChannel | None:
        client = _client(self.config)
        return WeChatOutput(client) if client else None

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        async def run_bot(open_id: str, text: str, metadata: dict[str, Any]) -> list[dict[str, Any]]:
            collector = CollectingOutputChannel()
            msg_id = metadata.get("wechat", {}).get("msg_id")
            await on_new_message(
                UserMessage(
                    text,
                    collector,
                    open_id,
                    input_channel=self.name(),
                    message_id=rasa_message_id(msg_id) if msg_id else None,
                    # the OpenID is the client here: every push comes from WeChat's own servers
                    metadata=stamped(metadata, f"wechat:{open_id}", from_client=False),
                )
            )
            return collector.messages

        client = _client(self.config)
        replays = self.replays
        if replays is None:  # shared in a cluster
            replays = replay_guard(self.config.replay_ttl_s, get_settings().redis_url)
        recorded = TrackerReplies()  # reads the conversation through the agent of the app serving the request
        endpoint = WeChatEndpoint(
            self.config, run_bot, client, options=option_store(get_settings().redis_url), replays=replays,
            recorded=recorded,
        )  # fmt: skip
        module = inspect.getmodule(self)
        webhook = Blueprint("wechat_webhook", module.__name__ if module else None)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok" if self.config.configured else "not configured"})

        @webhook.route("/webhook", methods=["GET"])
        async def verify(request: Request) -> HTTPResponse:
            return _http(endpoint.verify(_query(request)))

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            recorded.app = request.app
            return _http(await endpoint.receive(_query(request), request.body or b""))

        @webhook.listener("before_server_stop")
        async def close(app: Any, loop: Any) -> None:
            with contextlib.suppress(asyncio.TimeoutError):  # answers already promised go out first
                await asyncio.wait_for(endpoint.drain(), timeout=10)
            if client is not None:
                await client.close()

        return webhook
