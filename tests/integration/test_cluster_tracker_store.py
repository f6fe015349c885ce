"""The cluster's tracker store waits out a lost database connection (a PostgreSQL restart) instead of letting
Rasa fall back to an in-memory tracker, and still gives up on other errors and after its time."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError

from bot.rasa_plugins import resilient_tracker_store
from bot.rasa_plugins.resilient_tracker_store import retrying


class Flaky:
    def __init__(self, failures: int, error: Exception) -> None:
        self.failures, self.error, self.calls = failures, error, 0

    async def __call__(self) -> str:
        self.calls += 1
        if self.calls <= self.failures:
            raise self.error
        return "tracker"


def lost_connection() -> OperationalError:
    return OperationalError("SELECT 1", {}, Exception("server closed the connection unexpectedly"))


@pytest.fixture(autouse=True)
def no_real_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resilient_tracker_store, "FIRST_WAIT_S", 0.001)
    monkeypatch.setattr(resilient_tracker_store, "MAX_WAIT_S", 0.002)


def test_a_restart_costs_a_wait_not_the_message() -> None:
    call = Flaky(3, lost_connection())
    assert asyncio.run(retrying(call, "retrieve")) == "tracker" and call.calls == 4


def test_other_database_errors_are_not_retried() -> None:
    call = Flaky(1, IntegrityError("INSERT", {}, Exception("duplicate key")))
    with pytest.raises(IntegrityError):
        asyncio.run(retrying(call, "save"))
    assert call.calls == 1


def test_it_gives_up_when_the_database_stays_away() -> None:
    call = Flaky(10_000, lost_connection())
    with pytest.raises(OperationalError):
        asyncio.run(retrying(call, "save", retry_for_s=0.05))
    assert 2 < call.calls < 10_000
