"""Rasa's `RedisLockStore` (one conversation on one server at a time, across the cluster) that waits out a Redis
restart instead of failing the message: while Redis does not answer when a ticket is taken, the message waits
(without blocking the server) for up to `WAIT_FOR_S`. Releasing a lock while Redis is away is skipped: the
ticket expires by itself (TICKET_LOCK_LIFETIME), and the message was handled.

Five Redis round trips per message where Rasa's store makes seven (and a ping made eight): a ticket served at
once is not saved again, and releasing reads the lock once. The calls block the server's event loop, so each
saved round trip is latency for every conversation on that server, not only CPU.

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

    async def _issue(self, conversation_id: str, lifetime: float) -> int:
        deadline = time.monotonic() + WAIT_FOR_S
        while True:
            try:
                return self.issue_ticket(conversation_id, lifetime)
            except LockError as error:  # Rasa wraps every error of issuing in LockError
                if not isinstance(error.__cause__ or error.__context__, UNAVAILABLE):
                    raise
                if time.monotonic() > deadline:
                    raise (error.__cause__ or error.__context__) from error
                logger.warning("lock_store.redis_unavailable: %r, waiting", error.__context__)
                await asyncio.sleep(STEP_S)

    @asynccontextmanager
    async def lock(
        self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME, wait_time_in_seconds: float = 1
    ) -> AsyncIterator[TicketLock]:
        ticket = await self._issue(conversation_id, lock_lifetime)
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
            if mine is not None and not lock.is_locked(number):
                return lock  # served: its ticket was issued or renewed a moment ago
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
        """Rasa's finish_serving, is_someone_waiting and delete_lock, reading the lock once."""
        try:
            lock = self.get_lock(conversation_id)
            if lock is None:
                return
            lock.remove_ticket_for(ticket_number)
            if lock.is_someone_waiting():
                self.save_lock(lock)
            else:
                self.delete_lock(conversation_id)
        except UNAVAILABLE as error:
            logger.warning("lock_store.cleanup_skipped conversation lock expires by itself: %r", error)
