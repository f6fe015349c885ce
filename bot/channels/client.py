"""The client address a channel saw, carried to the actions in the message metadata.

The throttles of the progress lookup and of filing count per client address; the client chooses its sender
id, so the address must come from the server side: each channel overwrites `CLIENT_KEY` in the metadata with
what it saw (a client's own value under that key is dropped).
"""

from __future__ import annotations

import ipaddress
from typing import Any

CLIENT_KEY = "client_address"
MAX_CLIENT_CHARS = 128


# metadata only a channel of ours writes: a web or REST client sending it is ignored (a "photo" planted as a
# clickable evidence link on the staff page, issue 16)
SERVER_ONLY_KEYS = ("wechat",)


def stamped(metadata: Any, address: str | None, *, from_client: bool = True) -> dict[str, Any]:
    """A copy of `metadata` whose `CLIENT_KEY` is the server's own `address`; what a client sent (`from_client`)
    loses the keys only our channels may write."""
    result = dict(metadata) if isinstance(metadata, dict) else {}
    result.pop(CLIENT_KEY, None)
    if from_client:
        for key in SERVER_ONLY_KEYS:
            result.pop(key, None)
    if address:
        result[CLIENT_KEY] = str(address)[:MAX_CLIENT_CHARS]
    return result


def public_address(address: str | None) -> str | None:
    """The address, or None for this machine itself: local tools (the bench, e2e tests, the simulator) and a
    reverse proxy on the same host that Sanic was not told to trust (set SANIC_PROXIES_COUNT or
    SANIC_REAL_IP_HEADER, so every citizen is not one address sharing one limit)."""
    if not address:
        return None
    try:
        return None if ipaddress.ip_address(address).is_loopback else address
    except ValueError:
        return address


def request_address(request: Any) -> str | None:
    """Sanic request → client address (forwarded headers only when Sanic is told to trust a proxy)."""
    return public_address(getattr(request, "remote_addr", None) or getattr(request, "ip", None) or None)


def environ_address(environ: dict[str, Any] | None) -> str | None:
    """socket.io connection environ → client address, from the Sanic request that opened it."""
    environ = environ or {}
    request = environ.get("sanic.request")
    if request is not None:
        return request_address(request)
    return public_address(environ.get("REMOTE_ADDR"))


def client_of(message: dict[str, Any] | None) -> str | None:
    """The address in a tracker's latest message (`tracker.latest_message`), if a channel put one there."""
    metadata = (message or {}).get("metadata") or {}
    value = metadata.get(CLIENT_KEY) if isinstance(metadata, dict) else None
    return value if isinstance(value, str) and value else None
