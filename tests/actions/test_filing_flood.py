"""A filing flood gets a polite answer and loses nothing the citizen said (issue 16, item 6)."""

from __future__ import annotations

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
