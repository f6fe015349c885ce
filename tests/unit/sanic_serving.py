"""Serve a Sanic app in the test's own event loop on a free port (no sanic-testing package needed)."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import AsyncIterator

from sanic import Sanic


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.asynccontextmanager
async def serving(app: Sanic) -> AsyncIterator[str]:
    """`http://127.0.0.1:<port>` while the app serves."""
    port = free_port()
    server = await app.create_server(host="127.0.0.1", port=port, return_asyncio_server=True)
    assert server is not None
    await server.startup()
    await server.start_serving()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.close()
        with contextlib.suppress(Exception):
            await server.wait_closed()
