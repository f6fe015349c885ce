"""Each widget conversation belongs to the browser that started it (issue 16 item 10).

Rasa's socket.io channel lets any client join the room of any session id it names, and so receive every
reply of that conversation (names, phones, the case number). Here the server issues the session: a new
id with a token, HMAC-SHA256 of the id under `WIDGET_SESSION_SECRET`. The widget keeps both in the
browser's localStorage (a reload or another page of the site continues the conversation) and presents
them on every `session_request`; an id without its token gets a fresh session instead. A connection is
then bound to its verified session: its messages go into that conversation whatever id they name, and
only connections bound to a session are in its room.

`bind_sessions` replaces the channel's `session_request` and message handlers on Rasa's socket.io server.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

SESSION_ID_KEY = "session_id"
TOKEN_KEY = "session_token"
REQUEST_KEY = "request"  # the widget's counter, echoed so it can ignore an answer to an earlier request
_CONTEXT = b"xf-widget-session\x00"
_MAX_ID_CHARS = 64

logger = logging.getLogger(__name__)

Handler = Callable[[str, Any], Awaitable[Any]]


def session_token(session_id: str, secret: str) -> str:
    digest = hmac.new(secret.encode(), _CONTEXT + session_id.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def is_valid(session_id: Any, token: Any, secret: str) -> bool:
    if not secret or not isinstance(session_id, str) or not isinstance(token, str):
        return False
    if not session_id or len(session_id) > _MAX_ID_CHARS:
        return False
    return hmac.compare_digest(token.encode(), session_token(session_id, secret).encode())


def grant(asked: Any, secret: str) -> tuple[str, str]:
    """(session id, token): the one asked for when its token is right, else a new session."""
    data = asked if isinstance(asked, dict) else {}
    session_id, token = data.get(SESSION_ID_KEY), data.get(TOKEN_KEY)
    if is_valid(session_id, token, secret):
        return session_id, token
    if session_id:
        logger.info("socket.io: a session id without its token was given a new session")
    fresh = uuid.uuid4().hex
    return fresh, session_token(fresh, secret)


def bind_sessions(sio: Any, namespace: str, message_event: str, secret: str) -> None:
    """Replace Rasa's `session_request` handler and wrap its message handler on `sio` (python-socketio's
    AsyncServer, after Rasa's channel registered its handlers)."""
    if not secret:
        raise ValueError("the socket.io channel needs a non-empty WIDGET_SESSION_SECRET")
    handlers = sio.handlers.setdefault(namespace, {})
    handle_message: Handler | None = handlers.get(message_event)

    async def session_request(sid: str, data: Any) -> None:
        session_id, token = grant(data, secret)
        try:
            async with sio.session(sid, namespace=namespace) as state:
                previous = state.get(SESSION_ID_KEY)
                if previous and previous != session_id:
                    sio.leave_room(sid, previous, namespace=namespace)
                state[SESSION_ID_KEY] = session_id
        except KeyError:  # the connection closed meanwhile
            return
        sio.enter_room(sid, session_id, namespace=namespace)
        confirm = {SESSION_ID_KEY: session_id, TOKEN_KEY: token}
        if isinstance(data, dict) and isinstance(data.get(REQUEST_KEY), int):
            confirm[REQUEST_KEY] = data[REQUEST_KEY]
        await sio.emit("session_confirm", confirm, room=sid, namespace=namespace)

    async def bound_message(sid: str, data: Any) -> Any:
        try:
            state = await sio.get_session(sid, namespace=namespace)
        except KeyError:  # the connection closed meanwhile
            return None
        session_id = state.get(SESSION_ID_KEY) if isinstance(state, dict) else None
        if not session_id or not isinstance(data, dict) or handle_message is None:
            logger.info("socket.io: a message before a confirmed session was ignored")
            return None
        return await handle_message(sid, {**data, SESSION_ID_KEY: session_id})

    handlers["session_request"] = session_request
    if handle_message is not None:
        handlers[message_event] = bound_message
