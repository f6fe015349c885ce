"""A filing flood, or a database restarting, gets a polite answer and loses nothing the citizen said (issue 16, 17)."""

from __future__ import annotations

from types import SimpleNamespace

from sqlalchemy.exc import InterfaceError, OperationalError

from actions import filing, services
from actions.filing import FILING_LIMITED_REPLY, FileCase
from bot.channels.client import CLIENT_KEY
from tests.actions.conftest import make_tracker, run_action, texts
from tests.actions.test_progress_recovery import FILLED


def confirmed(intake: int, address: str, phone: str = "13974612385"):
    slots = {**FILLED, "phone": phone, "intake_id": f"intake-{intake}"}
    tracker = make_tracker(
        "确认", intent="affirm", slots=slots, active_loop=None, sender_id=f"script-{intake}"
    )
    tracker.latest_message["metadata"] = {CLIENT_KEY: address}
    return tracker


async def test_the_seventh_case_for_one_phone_in_a_day_is_held_politely_with_nothing_lost():
    for i in range(6):  # a citizen may well file several matters; six a day from any address
        filed, _, _ = await run_action(FileCase(), confirmed(i, f"198.51.100.{i}"))
        assert filed["case_number"]
    slots, told, events = await run_action(FileCase(), confirmed(7, "198.51.100.7"))
    assert texts(told) == FILING_LIMITED_REPLY
    assert events == [] and slots.get("case_number") is None  # nothing reset: "确认" later files it


async def test_one_address_filing_for_many_phones_is_held_after_ten():
    for i in range(10):
        filed, _, _ = await run_action(FileCase(), confirmed(i, "203.0.113.9", phone=f"1397461{i:04d}"))
        assert filed["case_number"]
    _, told, events = await run_action(FileCase(), confirmed(11, "203.0.113.9", phone="13900001111"))
    assert FILING_LIMITED_REPLY in texts(told) and events == []


class RestartingDatabase:
    """The case store while PostgreSQL restarts: the first attempts lose the connection."""

    def __init__(self, real, failures: int) -> None:
        self.real, self.failures, self.attempts = real, failures, 0

    def file_case(self, case_input):
        self.attempts += 1
        if self.attempts <= self.failures:
            raise OperationalError(
                "INSERT …", {}, ConnectionError("server closed the connection unexpectedly")
            )
        return self.real.file_case(case_input)


async def test_a_filing_waits_for_a_restarting_database_instead_of_failing(monkeypatch):
    store = RestartingDatabase(services.case_repository(), failures=2)
    monkeypatch.setattr(filing, "services", SimpleNamespace(case_repository=lambda: store))
    monkeypatch.setattr(filing, "DATABASE_RETRY_DELAYS_S", (0.0, 0.0, 0.0))
    slots, told, _ = await run_action(FileCase(), confirmed(20, "198.51.100.20"))
    assert slots["case_number"] and "已经帮您登记好了" in texts(told) and store.attempts == 3


async def test_a_database_away_for_good_gets_the_honest_answer_and_keeps_everything(monkeypatch):
    store = RestartingDatabase(services.case_repository(), failures=99)
    monkeypatch.setattr(filing, "services", SimpleNamespace(case_repository=lambda: store))
    monkeypatch.setattr(filing, "DATABASE_RETRY_DELAYS_S", (0.0, 0.0))
    slots, told, events = await run_action(FileCase(), confirmed(21, "198.51.100.21"))
    assert "还没登记成功" in texts(told) and events == [] and store.attempts == 3


class DeadPooledConnection(RestartingDatabase):
    """After a restart the pool hands out a connection the server already closed (InterfaceError, invalidated)."""

    def file_case(self, case_input):
        self.attempts += 1
        if self.attempts <= self.failures:
            raise InterfaceError(
                "INSERT …", {}, ConnectionError("connection already closed"), connection_invalidated=True
            )
        return self.real.file_case(case_input)


async def test_a_connection_left_dead_by_a_restart_is_waited_out_too(monkeypatch):
    store = DeadPooledConnection(services.case_repository(), failures=1)
    monkeypatch.setattr(filing, "services", SimpleNamespace(case_repository=lambda: store))
    monkeypatch.setattr(filing, "DATABASE_RETRY_DELAYS_S", (0.0, 0.0))
    slots, told, _ = await run_action(FileCase(), confirmed(22, "198.51.100.22"))
    assert slots["case_number"] and store.attempts == 2
