"""At the summary a change that ends asking to file ("此前反映情况写没有 其他对了 提交") is made, then the case is
filed (lead-095: the change was made and the summary shown again); the place named "地点" is the place of the matter
even with a door number, and "地址不写" empties the postal address, never the place (lead-094, ic-021)."""

import pytest

from actions.corrections import CorrectDetail
from actions.slots import NOT_PROVIDED
from tests.actions.conftest import make_tracker, run_action
from tests.actions.test_filing_and_progress import filled


def _at_summary(said: str):
    slots = {**filled(address="湖北省武汉市洪山区珞南街道"), "awaiting_confirmation": True}
    return make_tracker(said, intent="correct_detail", slots=slots, active_loop=None)


def _follows(events) -> list[str]:
    return [e.get("name") for e in events if e.get("event") == "followup"]


@pytest.mark.parametrize("said", ["此前反映情况写没有 其他对了 提交", "此前反映情况改成没有 然后提交"])
async def test_a_change_then_filed(said):
    updates, _, events = await run_action(CorrectDetail(), _at_summary(said))
    assert updates["prior_report"] == "未曾反映"
    assert updates["awaiting_confirmation"] is True
    assert _follows(events) == ["action_file_case"]


async def test_a_change_alone_shows_the_summary_again():
    updates, _, events = await run_action(CorrectDetail(), _at_summary("此前反映情况写没有 其他对了"))
    assert updates["prior_report"] == "未曾反映"
    assert _follows(events) == []


@pytest.mark.parametrize(
    ("said", "slot", "value"),
    [
        ("地址不写 别记那个 其他对", "address", NOT_PROVIDED),
        ("通讯地址不用写", "address", NOT_PROVIDED),
    ],
)
async def test_the_postal_address_left_out(said, slot, value):
    updates, _, _ = await run_action(CorrectDetail(), _at_summary(said))
    assert updates[slot] == value
    assert "location" not in updates
