"""The tracker store of a cluster: `DatabaseUrlTrackerStore` that waits out a PostgreSQL restart or failover.

Rasa wraps every tracker store in `FailSafeTrackerStore`, which answers a database error by reading and writing
an in-memory store for that call: a message handled while PostgreSQL restarts would start from an empty
tracker and be kept only in that process's memory, so the citizen's answer is lost. Here a lost connection is
retried (SQLAlchemy drops the dead pooled connections) for up to `RETRY_FOR_S`; only then does Rasa's fallback
see the error. Loaded from the cluster's endpoints (deploy/cluster/endpoints.yml.tmpl).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from rasa.shared.core.trackers import DialogueStateTracker

from bot.cases.db_retry import doubling_waits, lost_connection, retry_transient
from bot.rasa_plugins.tracker_store import DatabaseUrlTrackerStore

RETRY_FOR_S = 20.0  # a PostgreSQL restart takes 1-3 s, a managed failover up to ~15 s
FIRST_WAIT_S = 0.2
MAX_WAIT_S = 2.0
T = TypeVar("T")


async def retrying(call: Callable[[], Awaitable[T]], what: str, retry_for_s: float = RETRY_FOR_S) -> T:
    return await retry_transient(
        call,
        transient=lost_connection,
        waits=doubling_waits(FIRST_WAIT_S, MAX_WAIT_S),
        event=f"tracker_store.retry {what}",
        within_s=retry_for_s,
    )


class ResilientTrackerStore(DatabaseUrlTrackerStore):
    async def _retrieve(self, sender_id: str, fetch_events_from_all_sessions: bool) -> Any:
        parent = super()._retrieve
        return await retrying(lambda: parent(sender_id, fetch_events_from_all_sessions), "retrieve")

    async def save(self, tracker: DialogueStateTracker) -> None:
        parent = super().save
        await retrying(lambda: parent(tracker), "save")
