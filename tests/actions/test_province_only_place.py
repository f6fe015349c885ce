"""A place known only by its province ("在上海读的幼儿园") is kept as context and the question still asks
where exactly (held chat hd-027)."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

STORY = "小孩在上海读的幼儿园 我们要搬回老家了 学费交了一学期 能退吗 园长说不退"


async def run(text, requested_slot, slots=None, intent="inform"):
    tracker = make_tracker(text, intent=intent, requested_slot=requested_slot, slots=slots or {})
    return await run_action(ValidateIntakeForm(), tracker)


@pytest.mark.parametrize(
    "story",
    [
        STORY,
        "在北京打工 老板拖了三个月工资不给",
        "我是廣東人 工地包工頭跑了 工錢沒給",
        "浙江那边的厂子不发工资",
    ],
)
async def test_a_province_alone_does_not_fill_the_place(story):
    slots, _, _ = await run(story, None, intent="tell_problem")
    assert slots.get("location") is None
    assert len(slots.get("location_code") or "") == 2  # kept: "朝阳区" said next is read within it


@pytest.mark.parametrize(
    ("answer", "code"),
    [("浦东新区 川沙那边", "310115"), ("浦东", "310115"), ("上海", "31")],  # said at the question: as said
)
async def test_the_answer_at_the_question_gives_the_place(answer, code):
    slots, _, _ = await run(answer, "location", {"issue_text": STORY, "location_code": "31"})
    assert slots["location_code"].startswith(code)
    assert slots["location"]


async def test_a_district_in_the_province_known_is_read_there():
    slots, _, _ = await run(
        "朝阳区", "location", {"issue_text": "在北京打工 老板拖了三个月工资不给", "location_code": "11"}
    )
    assert slots["location_code"] == "110105"


async def test_a_city_in_the_story_is_kept_as_context_and_the_district_asked():
    # a city is no place to file either (tests/actions/test_place_down_to_the_district.py)
    slots, _, _ = await run("在长沙打工 老板拖了三个月工资不给", None, intent="tell_problem")
    assert slots["location_code"] == "4301" and not slots.get("location")
