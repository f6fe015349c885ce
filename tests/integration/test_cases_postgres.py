"""The case store on PostgreSQL (the `postgres_url` fixture: CASES_TEST_POSTGRES_URL or a throwaway
cluster); each test works in its own throwaway schema."""

from __future__ import annotations

import threading
import uuid
from datetime import datetime, timedelta, timezone

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import inspect

from bot.cases import CaseInput, CaseRepository, create_schema, make_engine, session_factory
from bot.staff import case_actions
from tests.staff_users import OFFICER

KEY = Fernet.generate_key().decode()
NOW = datetime(2026, 11, 27, 2, 30, tzinfo=timezone.utc)


@pytest.fixture
def engine(postgres_url):
    schema = f"cases_test_{uuid.uuid4().hex[:10]}"
    admin = make_engine(postgres_url)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    engine = make_engine(postgres_url, connect_args={"options": f"-csearch_path={schema}"})
    yield engine
    engine.dispose()
    with admin.begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
    admin.dispose()


@pytest.fixture
def repo(engine):
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE events (id SERIAL PRIMARY KEY, sender_id TEXT, data TEXT)")
        conn.exec_driver_sql("INSERT INTO events (sender_id, data) VALUES ('s1', '{}')")
    create_schema(engine)
    create_schema(engine)
    return CaseRepository(session_factory(engine), id_encryption_key=KEY)


def test_schema_and_events(engine, repo):
    tables = set(inspect(engine).get_table_names())
    assert {
        "events",
        "intake_cases",
        "intake_case_evidence",
        "intake_case_status_history",
        "intake_progress_attempts",
        "intake_staff_accounts",
        "intake_audit_log",
    } <= tables
    assert all(name == "events" or name.startswith("intake_") for name in tables)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT sender_id, data FROM events").all() == [("s1", "{}")]


def test_round_trip_and_status(repo):
    text = "<script>x</script>'; DROP TABLE events; --😀" + "欠薪" * 2400
    filed = repo.file_case(
        CaseInput(filing_key="k", issue_text=text, phone="13812345678", id_number="11010519491231002X"),
        now=NOW,
    )
    case = repo.get_by_number(filed.case.case_number)
    assert case.issue_text == text and case.created_at == NOW
    assert case.id_number_masked == "110105********002X"
    accepted = case_actions.change_status(repo._sessions, OFFICER, case.case_number, "已受理", now=NOW)
    assert accepted.handling_deadline is not None


def test_concurrent_filings(repo):
    results, errors = [], []
    barrier = threading.Barrier(8)

    def worker(i: int) -> None:
        barrier.wait()
        try:
            for key in ("shared", f"own-{i}"):
                results.append(repo.file_case(CaseInput(filing_key=key, issue_text="并发"), now=NOW))
        except Exception as exc:  # pragma: no cover
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    shared = [r for r in results if r.case.filing_key == "shared"]
    assert sum(r.created for r in shared) == 1 and len({r.case.case_number for r in shared}) == 1
    assert len({r.case.case_number for r in results}) == 9


def test_throttle(repo):
    case = repo.file_case(CaseInput(filing_key="t", issue_text="查询", phone="13812345678"), now=NOW).case
    for i in range(3):
        assert (
            repo.lookup_progress(case.case_number, "1", "g", now=NOW + timedelta(seconds=i)).status
            == "not_found"
        )
    result = repo.lookup_progress(case.case_number, "13812345678", "g", now=NOW + timedelta(seconds=3))
    assert (result.status, result.retry_after_s) == ("throttled", 29)
