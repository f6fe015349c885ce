"""Rasa's `RedisLockStore` (one conversation on one server at a time, across the cluster) that waits out a Redis
restart instead of failing the message: before a lock is taken Redis is pinged, and while it does not answer
the message waits (without blocking the server) for up to `WAIT_FOR_S`. Releasing a lock while Redis is away
is skipped: the ticket expires by itself (TICKET_LOCK_LIFETIME), and the message was handled.

A waiting message keeps its own ticket alive. Rasa's loop lets the waiter's ticket expire too: a server
killed while holding a conversation leaves a ticket that expires after the lifetime, and the message its
retry brought to another server, queued within that same lifetime, then finds its own ticket gone and
waits forever (no ticket is ever served again), taking every later message of the citizen with it.

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
from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import redis
from rasa.core.lock import Ticket, TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
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
        ticket = self.issue_ticket(conversation_id, lock_lifetime)
        try:
            yield await self._wait_for_turn(conversation_id, ticket, lock_lifetime, wait_time_in_seconds)
        finally:
            self.cleanup(conversation_id, ticket)

    async def _wait_for_turn(
        self, conversation_id: str, number: int, lifetime: float, wait_time_in_seconds: float
    ) -> TicketLock:
        """Rasa's ticket wait, renewing this ticket at each look: only a dead server's ticket runs out."""
        while True:
            lock = self.get_lock(conversation_id)
            if lock is None:
                raise LockError(f"Could not acquire lock for conversation_id '{conversation_id}'.")
            lock.remove_expired_tickets()
            mine = next((t for t in lock.tickets if t.number == number), None)
            if mine is None:  # run out while this message waited: back in its place, by number
                lock.tickets.append(Ticket(number, time.time() + lifetime))
                lock.tickets = deque(sorted(lock.tickets, key=lambda t: t.number))
            else:
                mine.expires = time.time() + lifetime
            self.save_lock(lock)
            if not lock.is_locked(number):
                return lock
            await asyncio.sleep(wait_time_in_seconds)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        try:
            super().cleanup(conversation_id, ticket_number)
        except UNAVAILABLE as error:
            logger.warning("lock_store.cleanup_skipped conversation lock expires by itself: %r", error)
