"""A later matter "在同一个地方" takes the place of the case just filed; an ambiguous town is read near it."""

import pytest

from actions.filing import FileCase
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action
from tests.actions.test_filing_and_progress import filled

YINGSHAN = {"last_location": "四川省南充市营山县绿水镇", "last_location_code": "511322111"}


async def test_filing_keeps_the_place_for_the_next_matter():
    tracker = make_tracker("确认", intent="affirm", slots=filled(), active_loop=None, sender_id="conv-place")
    slots, _, _ = await run_action(FileCase(), tracker)
    assert slots["location"] is None
    assert slots["last_location"] == filled()["location"]
    assert slots["last_location_code"] == filled()["location_code"]


@pytest.mark.parametrize(
    "answer",
    [
        "一样的",
        "同上",
        "还是那里",
        "一样的 就是我们小区门口",
        "也在那边",
        "同一个地方",
        "同一个小区 门口",
        "同一个社区门口",  # lead-099
        "同一個街道",
        "就是我们小区门口",
        "同一条村啊",  # Cantonese, a measure word (lead-136)
        "喺同一度",
    ],
)
async def test_the_same_place_said_plainly_is_the_place_just_filed(answer):
    tracker = make_tracker(
        answer, slots={"issue_text": "邻居家的树把排水沟堵了", **YINGSHAN}, requested_slot="location"
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["location"] == YINGSHAN["last_location"]
    assert slots["location_code"] == YINGSHAN["last_location_code"]


async def test_a_town_found_in_several_counties_is_the_one_near_the_place_just_filed():
    tracker = make_tracker(
        "一样的 绿水镇", slots={"issue_text": "邻居家的树把排水沟堵了", **YINGSHAN}, requested_slot="location"
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["location_code"].startswith("511322")


@pytest.mark.parametrize("answer", ["跟刚才不一样", "一样的"])
async def test_without_a_place_filed_nothing_is_made_up(answer):
    tracker = make_tracker(answer, slots={"issue_text": "邻居家的树把排水沟堵了"}, requested_slot="location")
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert not slots.get("location")


async def test_not_the_same_place_is_not_the_place_just_filed():
    tracker = make_tracker(
        "跟刚才不一样", slots={"issue_text": "邻居家的树把排水沟堵了", **YINGSHAN}, requested_slot="location"
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("location") != YINGSHAN["last_location"]
