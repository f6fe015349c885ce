"""Rasa's SQL tracker store, configured from the single DATABASE_URL (same database as the cases)."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import sessionmaker

STORED_EVENTS = "_intake_stored_events"  # attribute on a tracker: how many of its events are in the table


def sql_params_from_url(database_url: str) -> dict[str, Any]:
    """Split an SQLAlchemy URL into the keyword arguments `SQLTrackerStore` takes."""
    if database_url.startswith("postgres://"):
        # Heroku-style scheme, rejected by SQLAlchemy 1.4
        database_url = "postgresql://" + database_url[len("postgres://") :]
    url = make_url(database_url)
    return {
        "dialect": url.drivername,
        "host": url.host,
        "port": url.port,
        "db": url.database or "",
        "username": url.username,
        "password": url.password,
        "query": dict(url.query) or None,
    }


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL like the case store in the same file; under WAL, synchronous=NORMAL cannot corrupt the database
    # and saves an fsync per commit (a power cut may lose the last turns, never the file)
    cursor = dbapi_connection.cursor()
    try:
        mode = cursor.execute("PRAGMA journal_mode=WAL").fetchone()
        if mode and str(mode[0]).lower() == "wal":
            cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def pooled_sqlite_engine(engine: Engine) -> Engine:
    """For an SQLite file: an engine that keeps its connections open (SQLAlchemy 1.4 opens and closes one
    per session, and closing the last one checkpoints the WAL) with the pragmas above. Others unchanged."""
    url = engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return engine
    if url.database.startswith("file:"):
        return engine
    pooled = sa.create_engine(url, poolclass=sa.pool.QueuePool, connect_args={"check_same_thread": False})
    event.listen(pooled, "connect", _sqlite_pragmas)
    engine.dispose()
    return pooled


def _ensure_sqlite_dir(params: dict[str, Any]) -> None:
    # SQLTrackerStore retries forever on OperationalError, e.g. a missing directory.
    db = params["db"]
    if params["dialect"].startswith("sqlite") and db and db != ":memory:":
        Path(db).expanduser().parent.mkdir(parents=True, exist_ok=True)


class DatabaseUrlTrackerStore(SQLTrackerStore):
    """`SQLTrackerStore` whose connection comes from `DATABASE_URL` (via `bot.settings`).

    Loaded by Rasa from endpoints.yml with `type: bot.tracker_store.DatabaseUrlTrackerStore`.
    `database_url` may be given in endpoints.yml or by tests; the endpoint's `url` is ignored.
    """

    def __init__(
        self,
        domain: Any = None,
        host: str | None = None,
        event_broker: Any = None,
        database_url: str | None = None,
        **kwargs: Any,
    ) -> None:
        try:
            if not database_url:
                from bot.settings import get_settings

                database_url = get_settings().database_url
            params = sql_params_from_url(database_url)
            _ensure_sqlite_dir(params)
        except (AttributeError, ImportError) as error:
            # Rasa silently falls back to an in-memory store on these two; fail loudly instead.
            raise RuntimeError(f"Cannot configure the tracker store: {error}") from error
        for key in params:
            kwargs.pop(key, None)
        # loaded once in the Rasa server: cheaper versions of two Rasa internals (same results)
        from bot.nlu.speedups import install

        install()
        super().__init__(domain=domain, event_broker=event_broker, **params, **kwargs)
        self.engine = pooled_sqlite_engine(self.engine)
        self.sessionmaker = sessionmaker(bind=self.engine)

    # Which events are new at save time. Rasa counts the stored rows of the session with an ORM query per
    # save (a tenth of the server's CPU time per message); the tracker this store loaded already knows how
    # many rows it came from, and a save records how many it wrote. Under Rasa's per-conversation lock no
    # one else writes that conversation in between. Trackers not loaded here fall back to Rasa's count.

    async def _retrieve(self, sender_id: str, fetch_events_from_all_sessions: bool) -> Any:
        if fetch_events_from_all_sessions or not self.domain:
            return await super()._retrieve(sender_id, fetch_events_from_all_sessions)
        with self.session_scope() as session:
            query = self._event_query(session, sender_id, fetch_events_from_all_sessions=False)
            rows = query.with_entities(self.SQLEvent.data).all()  # the JSON only, no ORM objects
        if not rows:
            return None
        events = [json.loads(row.data) for row in rows]
        tracker = DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
        if len(tracker.events) == len(events):
            setattr(tracker, STORED_EVENTS, len(events))
        return tracker

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator:
        stored = getattr(tracker, STORED_EVENTS, None)
        if stored is None or stored > len(tracker.events):
            return super()._additional_events(session, tracker)
        return itertools.islice(tracker.events, stored, len(tracker.events))

    async def save(self, tracker: DialogueStateTracker) -> None:
        await super().save(tracker)
        setattr(tracker, STORED_EVENTS, len(tracker.events))
