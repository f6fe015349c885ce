"""The channels credentials.yml names: Rasa's REST and socket.io channels and our WeChat channel, each with
the message length cap of `bot.channels.limits`, same names and URLs as the originals.

REST also refuses a request without a sender: Rasa would put every such request into one shared "default"
conversation, where the next client reads the previous one's name and phone. REST and socket.io put the
client address they saw into the message metadata (`bot.channels.client`), for the throttles.
socket.io binds each connection to a session the server signed (`bot.channels.widget_session`), so a client
that knows another's session id receives nothing of it.
"""

from __future__ import annotations

import json
import logging
import secrets
from functools import lru_cache
from typing import Any

from rasa.core.channels.rest import RestInput as _RasaRestInput
from rasa.core.channels.socketio import SocketIOInput as _RasaSocketIOInput
from sanic import Blueprint
from sanic.exceptions import InvalidUsage
from sanic.request import Request

from bot.channels.client import environ_address, request_address, stamped
from bot.channels.limits import OnNewMessage, capped
from bot.channels.wechat.channel import WeChatInput as _WeChatInput
from bot.channels.widget_session import bind_sessions
from bot.ops.settings import get_settings

MAX_SENDER_CHARS = 128

logger = logging.getLogger(__name__)


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

    def get_metadata(self, request: Request) -> dict[str, Any]:
        body: Any = request.json
        return stamped(body.get("metadata") if isinstance(body, dict) else None, request_address(request))


@lru_cache(maxsize=1)
def _process_secret() -> str:
    logger.warning("WIDGET_SESSION_SECRET is empty: widget sessions last only until this server restarts")
    return secrets.token_hex(32)


def widget_secret() -> str:
    """WIDGET_SESSION_SECRET; without one (Rasa started by hand, no .env), one for this process."""
    return get_settings().widget_session_secret or _process_secret()


class SocketIOInput(_Capped, _RasaSocketIOInput):
    """`socketio`: the web widget's channel."""

    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        webhook = super().blueprint(on_new_message)
        sio = getattr(self, "sio", None)
        if sio is None:  # nothing built (a stand-in parent)
            return webhook
        namespace = self.namespace or "/"
        handlers = sio.handlers.get(namespace, {})
        if self.user_message_evt in handlers:
            handlers[self.user_message_evt] = self._with_address(
                sio, namespace, handlers[self.user_message_evt]
            )
        bind_sessions(sio, namespace, self.user_message_evt, widget_secret())
        return webhook

    def _with_address(self, sio: Any, namespace: str, handle: Any) -> Any:
        """Rasa's message handler, given metadata whose client address is the connection's own."""

        async def handle_with_address(sid: str, data: Any) -> Any:
            if isinstance(data, dict):
                metadata = data.get(self.metadata_key)
                if isinstance(metadata, str):
                    try:
                        metadata = json.loads(metadata)
                    except ValueError:
                        metadata = None
                address = environ_address(sio.get_environ(sid, namespace))
                data = {**data, self.metadata_key: stamped(metadata, address)}
            return await handle(sid, data)

        return handle_with_address


class WeChatInput(_Capped, _WeChatInput):
    """`wechat`: /webhooks/wechat/webhook."""
