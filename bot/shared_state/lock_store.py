"""Rasa's `RedisLockStore` (one conversation on one server at a time, across the cluster) that waits out a Redis
restart instead of failing the message: before a lock is taken Redis is pinged, and while it does not answer
the message waits (without blocking the server) for up to `WAIT_FOR_S`. Releasing a lock while Redis is away
is skipped: the ticket expires by itself (TICKET_LOCK_LIFETIME), and the message was handled.

endpoints.yml (the cluster's, deploy/cluster/endpoints.yml.tmpl):

    lock_store:
      type: bot.shared_state.lock_store.ResilientRedisLockStore
      url: 127.0.0.1
      port: 6379
      db: 1
      key_prefix: intake
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import redis
from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

logger = logging.getLogger(__name__)

WAIT_FOR_S = 15.0  # a Redis restart takes about a second; a Sentinel failover up to ~10 s
STEP_S = 0.2
UNAVAILABLE = (redis.ConnectionError, redis.TimeoutError)


class ResilientRedisLockStore(RedisLockStore):
    def __init__(self, endpoint_config: EndpointConfig | None = None, **kwargs: Any) -> None:
        # Rasa builds a lock store named by module path from its endpoint config alone
        if endpoint_config is not None:
            kwargs = {"host": endpoint_config.url or "localhost", **endpoint_config.kwargs, **kwargs}
        super().__init__(**kwargs)

    async def _reachable(self) -> None:
        deadline = time.monotonic() + WAIT_FOR_S
        while True:
            try:
                self.red.ping()
                return
            except UNAVAILABLE as error:
                if time.monotonic() > deadline:
                    raise
                logger.warning("lock_store.redis_unavailable: %r, waiting", error)
                await asyncio.sleep(STEP_S)

    @asynccontextmanager
    async def lock(
        self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME, wait_time_in_seconds: float = 1
    ) -> AsyncIterator[TicketLock]:
        await self._reachable()
        async with super().lock(conversation_id, lock_lifetime, wait_time_in_seconds) as ticket_lock:
            yield ticket_lock

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        try:
            super().cleanup(conversation_id, ticket_number)
        except UNAVAILABLE as error:
            logger.warning("lock_store.cleanup_skipped conversation lock expires by itself: %r", error)
