"""Waiting out a restarting database (bot.cases.db_retry): doubling waits, transient errors only, a deadline."""

from __future__ import annotations

import asyncio
import logging
from types import SimpleNamespace

import pytest
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError

from bot.cases import db_retry
from bot.cases.db_retry import doubling_waits, lost_connection, retry_transient

FILING_WAITS = (0.5, 1.0, 2.0, 4.0)


class FakeTime:
    """Real time replaced: each call to the database takes `call_s`, each wait exactly its length."""

    def __init__(self, call_s: float = 0.0) -> None:
        self.now, self.call_s, self.slept = 100.0, call_s, []

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeTime:
    fake = FakeTime()
    monkeypatch.setattr(db_retry, "time", SimpleNamespace(monotonic=fake.monotonic))
    monkeypatch.setattr(db_retry, "asyncio", SimpleNamespace(sleep=fake.sleep))
    return fake


def server_gone() -> OperationalError:
    return OperationalError("INSERT INTO intake_cases …", {}, ConnectionError("server closed the connection"))


def closed_connection() -> InterfaceError:
    """A pooled connection found dead: not an OperationalError, but SQLAlchemy marks it invalidated."""
    return InterfaceError("SELECT 1", {}, Exception("connection already closed"), connection_invalidated=True)


class Database:
    """Fails `failures` times with `error`, then answers."""

    def __init__(self, failures: int, error: Exception, clock: FakeTime | None = None) -> None:
        self.failures, self.error, self.clock, self.calls = failures, error, clock, 0

    async def __call__(self) -> str:
        self.calls += 1
        if self.clock is not None:
            self.clock.now += self.clock.call_s
        if self.calls <= self.failures:
            raise self.error
        return "stored"


def retry(call, waits=FILING_WAITS, within_s=None, transient=lost_connection):
    return asyncio.run(
        retry_transient(call, transient=transient, waits=waits, event="test.database_away", within_s=within_s)
    )


def test_the_waits_double_up_to_their_cap_and_stay_within_the_total():
    assert tuple(doubling_waits(0.5, 4.0, total_s=7.5)) == FILING_WAITS
    assert tuple(doubling_waits(0.5, 4.0, total_s=7.4)) == (0.5, 1.0, 2.0)
    assert tuple(doubling_waits(0.5, 4.0, total_s=0.4)) == ()
    endless = doubling_waits(0.2, 2.0)
    assert [round(next(endless), 3) for _ in range(7)] == [0.2, 0.4, 0.8, 1.6, 2.0, 2.0, 2.0]


@pytest.mark.parametrize("failures", [0, 1, 2, 3, 4])
def test_a_database_back_within_the_waits_answers_after_exactly_those_waits(clock, failures):
    database = Database(failures, server_gone())
    assert retry(database) == "stored"
    assert database.calls == failures + 1
    assert clock.slept == list(FILING_WAITS[:failures])


def test_a_database_away_longer_than_the_waits_raises_the_last_error(clock):
    database = Database(5, server_gone())
    with pytest.raises(OperationalError):
        retry(database)
    assert database.calls == 5 and sum(clock.slept) == 7.5


@pytest.mark.parametrize(
    "error",
    [IntegrityError("INSERT", {}, Exception("duplicate key")), ValueError("bad input"), KeyError("phone")],
)
def test_an_error_that_is_not_transient_is_raised_at_once(clock, error):
    database = Database(1, error)
    with pytest.raises(type(error)):
        retry(database)
    assert database.calls == 1 and clock.slept == []


def test_the_deadline_counts_the_time_the_calls_take_too(clock):
    clock.call_s = 3.0  # each try hangs 3 s before the connection is refused
    database = Database(99, server_gone(), clock)
    with pytest.raises(OperationalError):
        retry(database, waits=doubling_waits(1.0, 8.0), within_s=10.0)
    # tries at 0-3 s, 4-7 s, 9-12 s; a 4 s wait then would end at 16 s, past the 10 s deadline
    assert database.calls == 3 and clock.slept == [1.0, 2.0]
    assert clock.now - 100.0 <= 10.0 + clock.call_s


def test_without_a_deadline_slow_tries_still_get_every_wait(clock):
    clock.call_s = 3.0
    database = Database(99, server_gone(), clock)
    with pytest.raises(OperationalError):
        retry(database)
    assert database.calls == 5 and clock.slept == list(FILING_WAITS)


def test_a_database_back_before_the_deadline_answers(clock):
    database = Database(6, server_gone(), clock)
    assert retry(database, waits=doubling_waits(0.2, 2.0), within_s=20.0) == "stored"
    assert database.calls == 7 and sum(clock.slept) == pytest.approx(0.2 + 0.4 + 0.8 + 1.6 + 2.0 + 2.0)


def test_the_caller_decides_which_errors_are_transient(clock):
    only_operational = Database(1, closed_connection())
    with pytest.raises(InterfaceError):
        retry(only_operational, transient=lambda e: isinstance(e, OperationalError))
    assert only_operational.calls == 1
    any_lost = Database(1, closed_connection())
    assert retry(any_lost) == "stored" and any_lost.calls == 2


@pytest.mark.parametrize(
    ("error", "lost"),
    [
        (server_gone(), True),
        (DBAPIError("SELECT 1", {}, Exception("connection reset"), connection_invalidated=True), True),
        (DBAPIError("SELECT 1", {}, Exception("syntax error")), False),
        (IntegrityError("INSERT", {}, Exception("duplicate key")), False),
        (ConnectionError("refused"), False),  # not through SQLAlchemy: not the database's to wait for
    ],
)
def test_a_lost_connection_is_what_sqlalchemy_reports_as_one(error, lost):
    assert lost_connection(error) is lost


def test_each_wait_is_logged_with_its_event_and_the_driver_error_not_the_statement(clock, caplog):
    caplog.set_level(logging.WARNING, logger=db_retry.__name__)
    retry(Database(2, server_gone()))
    lines = [r.getMessage() for r in caplog.records]
    assert lines == [
        "test.database_away, again in 0.5 s: ConnectionError",
        "test.database_away, again in 1.0 s: ConnectionError",
    ]
    assert not any("INSERT" in line for line in lines)
