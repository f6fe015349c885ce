"""A progress sweep through the action: every sender id from one address, the same answer for a wait as for a
miss, and the owner still served (issue 16, items 1 and 7)."""

from __future__ import annotations

from actions.progress import NOT_FOUND_REPLY, CheckProgress, ValidateProgressForm
from bot.channels.client import CLIENT_KEY
from tests.actions.conftest import make_tracker, run_action, texts
from tests.actions.test_progress_recovery import file_one


def lookup(text: str, sender: str, address: str):
    tracker = make_tracker(
        text, intent="check_progress", slots={}, active_loop="progress_form", sender_id=sender
    )
    tracker.latest_message["metadata"] = {CLIENT_KEY: address}
    return run_action(ValidateProgressForm(), tracker)


async def test_a_sweep_from_one_address_gets_the_same_answer_as_a_miss_even_for_the_right_pair():
    number = await file_one()
    day, seq = number[:-5], int(number[-4:])
    _, miss, _ = await lookup(f"{day}-{seq + 1:04d} 13974612385", "sweeper-0", "203.0.113.9")
    for i in range(1, 12):  # a new sender id for every guess
        await lookup(f"{day}-{seq + 1 + i:04d} 13974612385", f"sweeper-{i}", "203.0.113.9")
    slots, told, _ = await lookup(f"{number} 13974612385", "sweeper-99", "203.0.113.9")
    assert texts(told) == texts(miss) and NOT_FOUND_REPLY in texts(told)
    assert slots.get("progress_outcome") != "found" and number not in texts(told)


async def test_the_owner_conversation_finds_its_case_after_others_guessed_it():
    number = await file_one()
    for i in range(4):
        await lookup(f"{number} 1397461238{i}", f"guesser-{i}", f"198.51.100.{i}")
    slots, _, _ = await lookup(f"{number} 13974612385", "test-user", "192.0.2.1")  # the sender that filed
    assert slots["progress_outcome"] == "found"
    _, told, _ = await run_action(CheckProgress(), make_tracker(slots=slots, active_loop=None))
    assert number in texts(told)
