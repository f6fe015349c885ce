"""Size limits for what citizens send: a message over 2,000 characters never reaches NLU or the actions.

A 1 MB message kept the Rasa server busy for 23 s and stalled everyone else; a 3 MB one for minutes. The
body limit makes Sanic refuse a large request as soon as its headers are read (413), the character limit
answers an over-long message politely without touching the conversation, so nothing said before is lost.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage

MAX_MESSAGE_CHARS = 2000
MAX_BODY_BYTES = 64 * 1024  # a 2,000-character message is at most ~12 KB of JSON (\uXXXX escapes)
TOO_LONG_REPLY = f"您的消息太长了（超过{MAX_MESSAGE_CHARS}字），请分几段发给我。"

logger = logging.getLogger(__name__)

OnNewMessage = Callable[[UserMessage], Awaitable[Any]]


def is_too_long(text: Any) -> bool:
    return isinstance(text, str) and len(text) > MAX_MESSAGE_CHARS


def capped(on_new_message: OnNewMessage) -> OnNewMessage:
    """`on_new_message` that answers an over-long message itself, on the message's own output channel."""

    async def handle(message: UserMessage) -> Any:
        if not is_too_long(message.text):
            return await on_new_message(message)
        logger.info("channel %s: message of %d characters refused", message.input_channel, len(message.text))
        await message.output_channel.send_text_message(message.sender_id, TOO_LONG_REPLY)
        return None

    return handle


def limit_server_bodies(environ: dict[str, str] | None = None) -> None:
    """Sanic's request and websocket size limits for the Rasa server about to start in this process.

    Sanic reads `SANIC_*` variables when the app is created, so this runs before Rasa creates its app.
    """
    env = os.environ if environ is None else environ
    env["SANIC_REQUEST_MAX_SIZE"] = str(MAX_BODY_BYTES)
    env["SANIC_WEBSOCKET_MAX_SIZE"] = str(MAX_BODY_BYTES)
