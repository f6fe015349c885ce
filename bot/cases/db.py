"""Engine, schema and sessions for the case store (SQLite by default, PostgreSQL in production)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.engine.url import URL
from sqlalchemy.orm import sessionmaker

import bot.staff.models  # noqa: F401  (registers the staff tables in the same metadata)
from bot.cases.handling import ORDINARY_ROUTE
from bot.cases.models import metadata
from bot.cases.schemas import STATUS_ACCEPTED, STATUS_IN_PROGRESS
from bot.ops.settings import get_settings

SQLITE_BUSY_TIMEOUT_S = 30


def _normalise_url(url: str | URL) -> URL:
    if isinstance(url, str) and url.startswith("postgres://"):
        # Heroku-style URLs are rejected by SQLAlchemy 1.4
        url = "postgresql://" + url[len("postgres://") :]
    return make_url(url)


def _sqlite_file(url: URL) -> Path | None:
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy, not pysqlite, emit BEGIN (see _on_begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_S * 1000}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        # Take the write lock up front: read-then-write transactions (sequence numbers, throttle)
        # then wait for each other instead of failing with SQLITE_BUSY_SNAPSHOT under WAL.
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str | URL | None = None, **kwargs) -> Engine:
    """A 2.0-style engine; `url` defaults to `DATABASE_URL` (SQLite file under var/)."""
    if url is None:
        url = get_settings().database_url
    parsed = _normalise_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = _sqlite_file(parsed)
        if path is not None:
            path.expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
        connect_args = kwargs.pop("connect_args", {})
        connect_args.setdefault("timeout", SQLITE_BUSY_TIMEOUT_S)
        connect_args.setdefault("check_same_thread", False)
        engine = create_engine(parsed, future=True, connect_args=connect_args, **kwargs)
        _configure_sqlite(engine)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(parsed, future=True, **kwargs)


def create_schema(engine: Engine) -> None:
    """Create the `intake_*` tables only (never Rasa's `events`); safe to call repeatedly.

    Nullable columns added to a model after its table was created are added with ALTER TABLE, so a
    database from an earlier version keeps working (no data is changed or dropped).
    """

    metadata.create_all(engine, checkfirst=True)
    if "intake_cases.due_on" in add_missing_columns(engine):
        _backfill_due_on(engine)
    migrate_due_articles(engine)
    migrate_other_route_deadlines(engine)


def _backfill_due_on(engine: Engine) -> None:
    """Cases filed before `due_on` existed get the deadline of their current step (docs/legal.md §2)."""
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE intake_cases SET due_on = CASE WHEN register_deadline < acceptance_notice_deadline "
            "THEN register_deadline ELSE acceptance_notice_deadline END, due_article = '第22条、第23条' "
            "WHERE status = '待受理' AND due_on IS NULL"
        )
        connection.exec_driver_sql(
            "UPDATE intake_cases SET due_on = handling_deadline, due_article = '第34条' "
            "WHERE status IN ('已受理', '办理中') AND handling_deadline IS NOT NULL AND due_on IS NULL"
        )


# (old, new) rewrites of stored `due_article`, in order: the 60-day handling limit is 第34条; 第32条 only
# lists what the 信访处理意见书 contains. Earlier versions stored '第32条' or '第32条、第34条'.
DUE_ARTICLE_FIXES: tuple[tuple[str, str], ...] = (("第32条、第34条", "第34条"), ("第32条", "第34条"))


def migrate_due_articles(engine: Engine) -> int:
    """Rewrite wrong articles in stored rows (SQLite and PostgreSQL alike); idempotent, returns rows changed."""
    changed = 0
    with engine.begin() as connection:
        for old, new in DUE_ARTICLE_FIXES:
            result = connection.execute(
                text(
                    "UPDATE intake_cases SET due_article = REPLACE(due_article, :old, :new) "
                    "WHERE due_article LIKE :pattern"
                ),
                {"old": old, "new": new, "pattern": f"%{old}%"},
            )
            changed += result.rowcount or 0
    return changed


def migrate_other_route_deadlines(engine: Engine) -> int:
    """Accepted cases on a route other than `petition` drop the 60-day 意见书 deadline earlier versions gave
    every route (第31条, 第34条; docs/legal.md §2); idempotent, returns rows changed."""
    with engine.begin() as connection:
        result = connection.execute(
            text(
                "UPDATE intake_cases SET handling_deadline = NULL, due_on = NULL, due_article = NULL "
                "WHERE status IN (:accepted, :in_progress) AND route IS NOT NULL AND route <> :ordinary "
                "AND (handling_deadline IS NOT NULL OR due_on IS NOT NULL)"
            ),
            {"accepted": STATUS_ACCEPTED, "in_progress": STATUS_IN_PROGRESS, "ordinary": ORDINARY_ROUTE},
        )
        return result.rowcount or 0


def add_missing_columns(engine: Engine) -> list[str]:
    """ALTER TABLE … ADD COLUMN for nullable model columns the database lacks; returns what was added."""
    added = []
    existing_tables = set(inspect(engine).get_table_names())
    with engine.begin() as connection:
        for table in metadata.sorted_tables:
            if table.name not in existing_tables:
                continue
            present = {column["name"] for column in inspect(connection).get_columns(table.name)}
            for column in table.columns:
                if column.name in present or not column.nullable:
                    continue
                column_type = column.type.compile(dialect=engine.dialect)
                connection.exec_driver_sql(
                    f'ALTER TABLE {table.name} ADD COLUMN "{column.name}" {column_type}'
                )
                added.append(f"{table.name}.{column.name}")
                for index in table.indexes:
                    if column.name in index.columns:
                        index.create(connection, checkfirst=True)
    return added


def session_factory(engine: Engine) -> sessionmaker:
    return sessionmaker(bind=engine, future=True, expire_on_commit=False)
