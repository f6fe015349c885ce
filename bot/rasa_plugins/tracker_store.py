"""Rasa's SQL tracker store, configured from the single DATABASE_URL (same database as the cases)."""

from __future__ import annotations

import asyncio
import functools
import itertools
import json
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
import ujson
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import sessionmaker

from bot.ops.settings import get_settings
from bot.rasa_plugins.event_privacy import restored_event, stored_event

STORED_EVENTS = "_intake_stored_events"  # attribute on a tracker: how many of its events are in the table
T = TypeVar("T")


def event_data(text: str) -> Any:
    """A stored event's JSON read with ujson (Sanic's, installed with it): the same values as `json.loads`
    (floats to the last bit, big integers, NaN, escapes) in half the time; a message reads all its
    conversation's rows, about 0.5 ms of the Rasa server's CPU per message with `json.loads` (2026-12-05).
    Anything ujson refuses goes to `json.loads`, which decides as before."""
    try:
        return ujson.loads(text)
    except ValueError:
        return json.loads(text)


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
    """`SQLTrackerStore` whose connection comes from `DATABASE_URL` (via `bot.ops.settings`), and whose rows
    hold no phone or ID number in clear (`bot.rasa_plugins.event_privacy`: masked, or sealed with
    `ID_ENCRYPTION_KEY` and opened again when a tracker is read).

    Loaded by Rasa from endpoints.yml with `type: bot.rasa_plugins.tracker_store.DatabaseUrlTrackerStore`.
    `database_url` and `encryption_key` may be given in endpoints.yml or by tests; the endpoint's `url` is ignored.
    """

    def __init__(
        self,
        domain: Any = None,
        host: str | None = None,
        event_broker: Any = None,
        database_url: str | None = None,
        encryption_key: str | None = None,
        **kwargs: Any,
    ) -> None:
        try:
            if not database_url or encryption_key is None:
                database_url = database_url or get_settings().database_url
                encryption_key = (
                    get_settings().id_encryption_key if encryption_key is None else encryption_key
                )
            params = sql_params_from_url(database_url)
            _ensure_sqlite_dir(params)
        except (AttributeError, ImportError) as error:
            # Rasa silently falls back to an in-memory store on these two; fail loudly instead.
            raise RuntimeError(f"Cannot configure the tracker store: {error}") from error
        for key in params:
            kwargs.pop(key, None)
        super().__init__(domain=domain, event_broker=event_broker, **params, **kwargs)
        self.engine = pooled_sqlite_engine(self.engine)
        self.sessionmaker = sessionmaker(bind=self.engine)
        self.encryption_key = encryption_key
        self._count_session, self._session_rows = session_statements(self.SQLEvent.__table__)
        self._all_rows = all_rows_statement(self.SQLEvent.__table__)
        self._db_threads: ThreadPoolExecutor | None = None  # started at the first query (db_thread_count)

    # The database calls are synchronous (SQLAlchemy sessions): run on the event loop, every round trip and
    # every commit's wait for PostgreSQL stalled all the server's conversations, not only the citizen's (about
    # 50 ms of wall time per message against 14 ms of CPU, cProfile 2026-12-05). They run in a few threads of
    # the store's own; the message waits for its query as before, under the same conversation lock.

    async def _off_the_loop(self, call: Callable[..., T], *args: Any) -> T:
        threads = db_thread_count(self.engine)
        if not threads:
            return call(*args)
        if self._db_threads is None:
            self._db_threads = ThreadPoolExecutor(threads, thread_name_prefix="tracker-store")
        return await asyncio.get_running_loop().run_in_executor(
            self._db_threads, functools.partial(call, *args)
        )

    def _rows(self, statement: Any, sender_id: str) -> list[str]:
        with self.session_scope() as session:
            return list(session.execute(statement, {"sender": sender_id}).scalars().all())

    # Which events are new at save time. Rasa counts the stored rows of the session with an ORM query per
    # save and builds its queries anew for every call (together a fifth of the server's CPU time per
    # message, py-spy 2026-11-27). The tracker this store loaded knows how many rows it came from, and a
    # save records how many it wrote: under Rasa's per-conversation lock no one else writes that
    # conversation in between. The queries keep Rasa's meaning but are built once, as Core statements.

    async def _retrieve(self, sender_id: str, fetch_events_from_all_sessions: bool) -> Any:
        if not self.domain:
            return None  # as Rasa's: no tracker without a domain
        statement = self._all_rows if fetch_events_from_all_sessions else self._session_rows
        rows = await self._off_the_loop(self._rows, statement, sender_id)
        if not rows:
            return None
        events = [restored_event(event_data(data), self.encryption_key) for data in rows]
        tracker = DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
        if not fetch_events_from_all_sessions and len(tracker.events) == len(events):
            setattr(tracker, STORED_EVENTS, len(events))
        return tracker

    def _additional_events(
        self, session: Any, tracker: DialogueStateTracker, total: int | None = None
    ) -> Iterator:
        total = len(tracker.events) if total is None else total
        stored = getattr(tracker, STORED_EVENTS, None)
        if stored is None or stored > total:
            stored = session.execute(self._count_session, {"sender": tracker.sender_id}).scalar()
        return itertools.islice(tracker.events, stored, total)

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Rasa's save, with one multi-row INSERT instead of an ORM object per event."""
        await self.stream_events(tracker)
        await self._off_the_loop(self._insert_new_events, tracker, len(tracker.events))

    def _insert_new_events(self, tracker: DialogueStateTracker, total: int) -> None:
        """Write the first `total` events not yet stored; the tracker then knows they are (even if the
        message that waited for this was cancelled meanwhile: the thread finishes the save)."""
        with self.session_scope() as session:
            new_events = self._additional_events(session, tracker, total)
            rows = [event_row(tracker.sender_id, e, self.encryption_key) for e in new_events]
            if rows:
                session.execute(self.SQLEvent.__table__.insert(), rows)
            session.commit()
        setattr(tracker, STORED_EVENTS, total)


def db_thread_count(engine: Engine) -> int:
    """Threads for a store's database calls: one per pooled connection; one for an SQLite file (a single
    writer; connections may change threads, see pooled_sqlite_engine); none for an in-memory SQLite
    database, whose connection belongs to the thread that opened it."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        in_memory = not url.database or url.database == ":memory:" or "mode=memory" in url.database
        return 0 if in_memory or not isinstance(engine.pool, sa.pool.QueuePool) else 1
    size = engine.pool.size() if isinstance(engine.pool, sa.pool.QueuePool) else 4
    return max(1, min(size, 8))


def session_statements(table: sa.Table) -> tuple[Any, Any]:
    """(count, rows) of the latest session of `:sender`: Rasa's `_event_query` as Core statements."""
    sender = table.c.sender_id == sa.bindparam("sender")
    started = (
        sa.select(sa.func.max(table.c.timestamp))
        .where(sender, table.c.type_name == SessionStarted.type_name)
        .scalar_subquery()
    )
    since = sa.and_(sender, sa.or_(table.c.timestamp >= started, started.is_(None)))
    count = sa.select(sa.func.count()).select_from(table).where(since)
    return count, sa.select(table.c.data).where(since).order_by(table.c.id)


def all_rows_statement(table: sa.Table) -> Any:
    """Every session of `:sender`, in order (Rasa's `retrieve_full_tracker`)."""
    return sa.select(table.c.data).where(table.c.sender_id == sa.bindparam("sender")).order_by(table.c.id)


def event_row(sender_id: str, event: Any, encryption_key: str | None = None) -> dict[str, Any]:
    """The `events` row Rasa's SQLTrackerStore.save writes for an event, with phones and ID numbers masked
    or sealed (`bot.rasa_plugins.event_privacy.stored_event`)."""
    data = stored_event(event.as_dict(), encryption_key)
    return {
        "sender_id": sender_id,
        "type_name": event.type_name,
        "timestamp": data.get("timestamp"),
        "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
        "action_name": data.get("name"),
        "data": json.dumps(data),
    }
