from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from bot.cases import CaseInput, CaseRepository, create_schema, make_engine, session_factory
from bot.cases.models import metadata
from bot.ops.settings import get_settings


def test_make_engine_creates_parent_directory_and_turns_on_wal_and_foreign_keys(tmp_path):
    db_file = tmp_path / "nested" / "deeper" / "intake.db"
    engine = make_engine(f"sqlite:///{db_file}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert db_file.parent.is_dir()
    assert db_file.exists()


def test_default_url_comes_from_settings(tmp_path, monkeypatch):
    db_file = tmp_path / "var" / "from_env.db"
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{db_file}")
    get_settings.cache_clear()
    try:
        engine = make_engine()
        create_schema(engine)
        assert engine.url.database == str(db_file)
        assert db_file.exists()
    finally:
        get_settings.cache_clear()


def test_postgres_scheme_is_accepted_without_connecting():
    engine = make_engine("postgres://intake:secret@db.example/intake")
    assert engine.dialect.name == "postgresql"
    assert engine.url.drivername == "postgresql"


def test_only_prefixed_tables_and_never_events():
    names = set(metadata.tables)
    assert "events" not in names
    assert names >= {"intake_cases", "intake_case_status_history", "intake_progress_attempts"}
    assert all(name.startswith("intake_") for name in names)


def test_create_schema_twice_creates_only_our_tables(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    create_schema(engine)
    create_schema(engine)
    tables = set(inspect(engine).get_table_names())
    assert tables == set(metadata.tables)


def test_create_schema_leaves_existing_events_table_alone(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'shared.db'}")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id VARCHAR(255), type_name VARCHAR(255), data TEXT)"
        )
        conn.exec_driver_sql(
            "INSERT INTO events (sender_id, type_name, data) VALUES ('abc', 'user', '{\"text\": \"你好\"}')"
        )
    create_schema(engine)
    create_schema(engine)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT sender_id, type_name, data FROM events")).all()
        sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'events'").scalar()
    assert rows == [("abc", "user", '{"text": "你好"}')]
    assert "type_name VARCHAR(255)" in sql
    assert [c["name"] for c in inspect(engine).get_columns("events")] == [
        "id",
        "sender_id",
        "type_name",
        "data",
    ]


def test_foreign_keys_are_enforced(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'fk.db'}")
    create_schema(engine)
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO intake_case_status_history (case_id, changed_at, actor, to_status) "
            "VALUES (999, '2026-01-01 00:00:00', 'x', '待受理')"
        )


def test_old_database_gets_new_columns_and_deadlines_of_open_cases(tmp_path: Path, id_key: str) -> None:
    """A database made before the staff workflow columns keeps its cases and gains their deadlines."""
    import sqlite3

    from sqlalchemy import select

    from bot.cases.models import Case

    path = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{path}")
    create_schema(engine)
    repo = CaseRepository(session_factory(engine), id_encryption_key=id_key)
    filed = repo.file_case(CaseInput(filing_key="old:1", issue_text="楼下烧烤店油烟太大"))
    engine.dispose()
    with sqlite3.connect(path) as raw:  # drop the new column the way an older version's table lacked it
        raw.execute("DROP INDEX ix_intake_cases_due_on")
        raw.execute("ALTER TABLE intake_cases DROP COLUMN due_on")
    engine = make_engine(f"sqlite:///{path}")
    create_schema(engine)
    with session_factory(engine)() as session:
        case = session.execute(select(Case)).scalar_one()
    assert case.case_number == filed.case.case_number
    assert case.due_on == min(case.register_deadline, case.acceptance_notice_deadline)
    assert case.due_article == "第22条、第23条"
    with sqlite3.connect(path) as raw:  # the column's index is back too
        indexes = {row[1] for row in raw.execute("PRAGMA index_list(intake_cases)")}
    assert "ix_intake_cases_due_on" in indexes
