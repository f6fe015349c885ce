"""The channels credentials.yml names: Rasa's REST and socket.io channels and our WeChat channel, each with
the message length cap of `bot.channels.limits`, same names and URLs as the originals.

REST also refuses a request without a sender: Rasa would put every such request into one shared "default"
conversation, where the next client reads the previous one's name and phone.
"""

from __future__ import annotations

from typing import Any

from rasa.core.channels.rest import RestInput as _RasaRestInput
from rasa.core.channels.socketio import SocketIOInput as _RasaSocketIOInput
from sanic import Blueprint
from sanic.exceptions import InvalidUsage
from sanic.request import Request

from bot.channels.limits import OnNewMessage, capped
from bot.channels.wechat.channel import WeChatInput as _WeChatInput

MAX_SENDER_CHARS = 128


class _Capped:
    """Put first among the bases: the channel's blueprint gets the capped message handler."""

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        return super().blueprint(capped(on_new_message))  # type: ignore[misc]


class RestInput(_Capped, _RasaRestInput):
    """`rest`: POST /webhooks/rest/webhook {"sender": "...", "message": "..."}."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    async def _extract_sender(self, req: Request) -> str:
        body: Any = req.json
        sender = body.get("sender") if isinstance(body, dict) else None
        if not isinstance(sender, str) or not sender.strip() or len(sender) > MAX_SENDER_CHARS:
            raise InvalidUsage(
                f'A JSON object with a non-empty "sender" (at most {MAX_SENDER_CHARS} characters) is required.'
            )
        return sender

    def _extract_message(self, req: Request) -> str | None:
        message = super()._extract_message(req)
        if message is not None and not isinstance(message, str):
            raise InvalidUsage('"message" must be a string.')
        return message


class SocketIOInput(_Capped, _RasaSocketIOInput):
    """`socketio`: the web widget's channel."""

    @classmethod
    def name(cls) -> str:
        return "socketio"


class WeChatInput(_Capped, _WeChatInput):
    """`wechat`: /webhooks/wechat/webhook."""
