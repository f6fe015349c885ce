"""At the summary, a door number said for "地址" corrects the postal address, completed with the province, city and
district on record; a district said for it still moves the place of the matter (my chat at 00:30: the door number
was lost and 问题发生地 "changed" to itself)."""

import pytest

from actions.corrections import CorrectDetail
from tests.actions.conftest import make_tracker, run_action
from tests.actions.test_filing_and_progress import filled


def known():
    # built per test: the ID number in it is encrypted with the key the fixtures set
    return filled(
        address="湖北省武汉市洪山区珞南街道", location="湖北省武汉市洪山区珞南街道", location_code="420111003"
    )


@pytest.mark.parametrize(
    ("said", "address"),
    [
        ("地址写详细点 珞南街道珞狮路123号5栋2单元301", "湖北省武汉市洪山区珞南街道珞狮路123号5栋2单元301"),
        ("通讯地址改成洪山区珞狮路123号", "湖北省武汉市洪山区珞狮路123号"),
        ("家庭住址改成广州市天河区石牌街道华师小区3栋", "广州市天河区石牌街道华师小区3栋"),
    ],
)
async def test_a_postal_address_is_corrected_and_completed(said, address):
    tracker = make_tracker(
        said, intent="correct_detail", slots={**known(), "awaiting_confirmation": True}, active_loop=None
    )
    updates, _, _ = await run_action(CorrectDetail(), tracker)
    assert updates["address"] == address
    assert "location" not in updates


@pytest.mark.parametrize("said", ["地址不对 是武昌区", "地点改成武昌区"])
async def test_a_district_moves_the_place_of_the_matter(said):
    tracker = make_tracker(
        said, intent="correct_detail", slots={**known(), "awaiting_confirmation": True}, active_loop=None
    )
    updates, _, _ = await run_action(CorrectDetail(), tracker)
    assert updates["location"] == "湖北省武汉市武昌区" and "address" not in updates
