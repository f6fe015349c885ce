"""Rasa's `RedisLockStore` (one conversation on one server at a time, across the cluster) that waits out a Redis
restart instead of failing the message: while Redis does not answer when a ticket is taken, the message waits
(without blocking the server) for up to `WAIT_FOR_S`. Releasing a lock while Redis is away is skipped: the
ticket expires by itself (TICKET_LOCK_LIFETIME), and the message was handled.

Five Redis round trips per message where Rasa's store makes seven (and a ping made eight): a ticket served at
once is not saved again, and releasing reads the lock once. Redis's client is synchronous: on the event loop,
each round trip stalled every conversation of the server until Redis answered, and on a machine whose cores
are busy Redis answers when the scheduler gets to it (py-spy of a Rasa server under 900 citizens, 2026-12-06:
20-24% of the event loop's samples waiting in the Redis socket read). The calls now run in a few threads of the
store's own, in two hops a message (take a ticket and look; release), each shielded from cancellation so a
ticket taken is always given back (a cancelled message's ticket is released when the thread is done).

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
import functools
import logging
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import redis
from rasa.core.lock import Ticket, TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

logger = logging.getLogger(__name__)

WAIT_FOR_S = 15.0  # a Redis restart takes about a second; a Sentinel failover up to ~10 s
STEP_S = 0.2
UNAVAILABLE = (redis.ConnectionError, redis.TimeoutError)
THREADS = 4  # each holds one Redis connection; a hop takes well under a millisecond of a thread's time
T = TypeVar("T")


class ResilientRedisLockStore(RedisLockStore):
    def __init__(self, endpoint_config: EndpointConfig | None = None, **kwargs: Any) -> None:
        # Rasa builds a lock store named by module path from its endpoint config alone
        if endpoint_config is not None:
            kwargs = {"host": endpoint_config.url or "localhost", **endpoint_config.kwargs, **kwargs}
        super().__init__(**kwargs)
        self._threads: ThreadPoolExecutor | None = None

    def _in_thread(self, call: Callable[..., T], *args: Any) -> asyncio.Future[T]:
        if self._threads is None:
            self._threads = ThreadPoolExecutor(THREADS, thread_name_prefix="lock-store")
        return asyncio.get_running_loop().run_in_executor(self._threads, functools.partial(call, *args))

    async def _off_the_loop(self, call: Callable[..., T], *args: Any) -> T:
        """`call(*args)` in the store's threads; a cancelled caller stops waiting, the call still finishes."""
        return await asyncio.shield(self._in_thread(call, *args))

    async def _issue(self, conversation_id: str, lifetime: float) -> tuple[int, TicketLock | None]:
        """(ticket, the lock when that ticket is served at once), waiting out a Redis restart."""
        deadline = time.monotonic() + WAIT_FOR_S
        while True:
            hop = self._in_thread(self._issue_and_look, conversation_id, lifetime)
            try:
                return await asyncio.shield(hop)
            except asyncio.CancelledError:  # the ticket may be taken meanwhile: give it back when it is
                hop.add_done_callback(functools.partial(self._release_abandoned, conversation_id))
                raise
            except LockError as error:  # Rasa wraps every error of issuing in LockError
                if not isinstance(error.__cause__ or error.__context__, UNAVAILABLE):
                    raise
                if time.monotonic() > deadline:
                    raise (error.__cause__ or error.__context__) from error
                logger.warning("lock_store.redis_unavailable: %r, waiting", error.__context__)
                await asyncio.sleep(STEP_S)

    def _issue_and_look(self, conversation_id: str, lifetime: float) -> tuple[int, TicketLock | None]:
        number = self.issue_ticket(conversation_id, lifetime)
        return number, self._look(conversation_id, number, lifetime)

    def _release_abandoned(self, conversation_id: str, hop: asyncio.Future) -> None:
        if hop.cancelled() or hop.exception() is not None:
            return
        number, _ = hop.result()
        if self._threads is not None:
            self._threads.submit(self.cleanup, conversation_id, number)

    @asynccontextmanager
    async def lock(
        self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME, wait_time_in_seconds: float = 1
    ) -> AsyncIterator[TicketLock]:
        ticket, served = await self._issue(conversation_id, lock_lifetime)
        try:
            yield served or await self._wait_for_turn(
                conversation_id, ticket, lock_lifetime, wait_time_in_seconds
            )
        finally:
            await self._off_the_loop(self.cleanup, conversation_id, ticket)

    async def _wait_for_turn(
        self, conversation_id: str, number: int, lifetime: float, wait_time_in_seconds: float
    ) -> TicketLock:
        """Rasa's ticket wait, renewing this ticket at each look: only a dead server's ticket runs out."""
        while True:
            await asyncio.sleep(wait_time_in_seconds)
            lock = await self._off_the_loop(self._look, conversation_id, number, lifetime)
            if lock is not None:
                return lock

    def _look(self, conversation_id: str, number: int, lifetime: float) -> TicketLock | None:
        """The lock when ticket `number` is served now, else None (the ticket renewed, or put back in its
        place by number when it ran out while this message waited)."""
        lock = self.get_lock(conversation_id)
        if lock is None:
            raise LockError(f"Could not acquire lock for conversation_id '{conversation_id}'.")
        lock.remove_expired_tickets()
        mine = next((t for t in lock.tickets if t.number == number), None)
        if mine is not None and not lock.is_locked(number):
            return lock  # served: its ticket was issued or renewed a moment ago
        if mine is None:
            lock.tickets.append(Ticket(number, time.time() + lifetime))
            lock.tickets = deque(sorted(lock.tickets, key=lambda t: t.number))
        else:
            mine.expires = time.time() + lifetime
        self.save_lock(lock)
        return None if lock.is_locked(number) else lock

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
