"""The client address a channel saw, carried to the actions in the message metadata.

The throttles of the progress lookup and of filing count per client address; the client chooses its sender
id, so the address must come from the server side: each channel overwrites `CLIENT_KEY` in the metadata with
what it saw (a client's own value under that key is dropped).
"""

from __future__ import annotations

from typing import Any

CLIENT_KEY = "client_address"
MAX_CLIENT_CHARS = 128


def stamped(metadata: Any, address: str | None) -> dict[str, Any]:
    """A copy of `metadata` (anything the client sent) whose `CLIENT_KEY` is the server's own `address`."""
    result = dict(metadata) if isinstance(metadata, dict) else {}
    result.pop(CLIENT_KEY, None)
    if address:
        result[CLIENT_KEY] = str(address)[:MAX_CLIENT_CHARS]
    return result


def request_address(request: Any) -> str | None:
    """Sanic request → client address (forwarded headers only when Sanic is told to trust a proxy)."""
    return getattr(request, "remote_addr", None) or getattr(request, "ip", None) or None


def environ_address(environ: dict[str, Any] | None) -> str | None:
    """socket.io connection environ → client address, from the Sanic request that opened it."""
    environ = environ or {}
    request = environ.get("sanic.request")
    return (request_address(request) if request is not None else None) or environ.get("REMOTE_ADDR") or None


def client_of(message: dict[str, Any] | None) -> str | None:
    """The address in a tracker's latest message (`tracker.latest_message`), if a channel put one there."""
    metadata = (message or {}).get("metadata") or {}
    value = metadata.get(CLIENT_KEY) if isinstance(metadata, dict) else None
    return value if isinstance(value, str) and value else None
