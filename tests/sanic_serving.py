"""Serve a Sanic app in the test's own event loop on a free port (no sanic-testing package needed)."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from sanic import Sanic

from bench.stack import free_port

__all__ = ["free_port", "serving"]


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
