"""The tracker store of a cluster: `DatabaseUrlTrackerStore` that waits out a PostgreSQL restart or failover.

Rasa wraps every tracker store in `FailSafeTrackerStore`, which answers a database error by reading and writing
an in-memory store for that call: a message handled while PostgreSQL restarts would start from an empty
tracker and be kept only in that process's memory, so the citizen's answer is lost. Here a lost connection is
retried (SQLAlchemy drops the dead pooled connections) for up to `RETRY_FOR_S`; only then does Rasa's fallback
see the error. Loaded from the cluster's endpoints (deploy/cluster/endpoints.yml.tmpl).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.exc import DBAPIError, OperationalError

from bot.rasa_plugins.tracker_store import DatabaseUrlTrackerStore

logger = logging.getLogger(__name__)

RETRY_FOR_S = 20.0  # a PostgreSQL restart takes 1-3 s, a managed failover up to ~15 s
FIRST_WAIT_S = 0.2
MAX_WAIT_S = 2.0
T = TypeVar("T")


def _lost_connection(error: Exception) -> bool:
    return isinstance(error, OperationalError) or (
        isinstance(error, DBAPIError) and error.connection_invalidated
    )


async def retrying(call: Callable[[], Awaitable[T]], what: str, retry_for_s: float = RETRY_FOR_S) -> T:
    deadline, wait = time.monotonic() + retry_for_s, FIRST_WAIT_S
    while True:
        try:
            return await call()
        except DBAPIError as error:
            if not _lost_connection(error) or time.monotonic() + wait > deadline:
                raise
            logger.warning("tracker_store.retry %s in %.1f s: %s", what, wait, type(error.orig).__name__)
            await asyncio.sleep(wait)
            wait = min(MAX_WAIT_S, wait * 2)


class ResilientTrackerStore(DatabaseUrlTrackerStore):
    async def _retrieve(self, sender_id: str, fetch_events_from_all_sessions: bool) -> Any:
        parent = super()._retrieve
        return await retrying(lambda: parent(sender_id, fetch_events_from_all_sessions), "retrieve")

    async def save(self, tracker: DialogueStateTracker) -> None:
        parent = super().save
        await retrying(lambda: parent(tracker), "save")
