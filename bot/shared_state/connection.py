"""One Redis client per URL and kind (blocking, asyncio), created on first use, with short timeouts: the
shared state is an optimisation of correctness, and a citizen must never wait seconds for it."""

from __future__ import annotations

import asyncio
import weakref
from functools import lru_cache

import redis
import redis.asyncio

TIMEOUT_S = 0.5
ERRORS = (redis.RedisError, OSError)  # what a missing or restarting Redis raises


@lru_cache(maxsize=4)
def sync_client(url: str) -> redis.Redis:
    return redis.Redis.from_url(url, socket_timeout=TIMEOUT_S, socket_connect_timeout=TIMEOUT_S)


# an asyncio client's connections belong to the event loop that opened them: one client per loop
_async_clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, redis.asyncio.Redis]] = (
    weakref.WeakKeyDictionary()
)


def async_client(url: str) -> redis.asyncio.Redis:
    clients = _async_clients.setdefault(asyncio.get_running_loop(), {})
    if url not in clients:
        clients[url] = redis.asyncio.Redis.from_url(
            url, socket_timeout=TIMEOUT_S, socket_connect_timeout=TIMEOUT_S
        )
    return clients[url]
