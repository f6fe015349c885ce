"""A province or a city alone is no place to file: the district is asked for once, read within the city, and the
city is filed when the citizen knows no more (he-036: "成都市武候区", a typo, filed at 成都市 and never asked)."""

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts

STORY = {"issue_text": "网约车平台封了我的号 不给解释", "category": "交通运输"}


async def _answer(said, slots, intent="inform"):
    tracker = make_tracker(said, intent=intent, slots=slots, requested_slot="location")
    updates, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    return {**slots, **updates}, updates, texts(dispatcher)


@pytest.mark.parametrize("said", ["成都市武候区", "成都", "在成都市那边"])
async def test_a_city_alone_asks_for_the_district_once(said):
    _, updates, replies = await _answer(said, dict(STORY))
    assert updates.get("location_code") == "5101" and not updates.get("location")
    assert "哪个区" in replies


async def test_the_district_is_read_within_the_city():
    slots, _, _ = await _answer("成都市武候区", dict(STORY))
    _, updates, _ = await _answer("武侯区", slots)
    assert updates["location_code"] == "510107"


@pytest.mark.parametrize("again", ["成都市", "不知道", "说不清"])
async def test_the_city_is_filed_when_no_more_is_known(again):
    slots, _, _ = await _answer("成都", dict(STORY))
    _, updates, _ = await _answer(again, slots)
    assert updates["location"] == "四川省成都市" and updates["location_code"] == "5101"


async def test_a_district_said_at_once_is_filed_at_once():
    _, updates, replies = await _answer("湖南省长沙市雨花区", dict(STORY))
    assert updates["location_code"] == "430111" and "哪个区" not in replies
