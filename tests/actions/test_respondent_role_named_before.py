"""A role answered at the respondent question ("学校 …") when the place was told with that unit's name
("娃在以勒镇中心小学读书"): the unit by its name, with whatever else the answer names."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

STORY = "我孙子坐的校车太破了 一车挤三十多个娃"


async def answer(text: str, place_told: str, story: str = STORY) -> str | None:
    slots = {"issue_text": story, "category": "教育文体", "location": "云南省昭通市镇雄县"}
    tracker = make_tracker(text, requested_slot="respondent", slots=slots)
    place = [
        {"event": "user", "text": place_told, "parse_data": {"intent": {"name": "inform"}}},
        {"event": "slot", "name": "location", "value": "云南省昭通市镇雄县"},
    ]
    tracker.events[:0] = place
    updated, _, _ = await run_action(ValidateIntakeForm(), tracker)
    return updated.get("respondent")


@pytest.mark.parametrize(
    ("text", "place_told", "named"),
    [
        (
            "学校 还有那个开校车的私人老板 我不晓得叫啥",
            "镇雄县 以勒镇 娃在以勒镇中心小学读书",
            "以勒镇中心小学",
        ),
        ("学校", "长沙岳麓区 孩子在桃花岭小学上学", "桃花岭小学"),
        ("医院", "南昌东湖区 在仁和医院住的院", "仁和医院"),
    ],
)
async def test_the_role_takes_the_name_told_with_the_place(text, place_told, named):
    assert named in (await answer(text, place_told) or "")


async def test_another_kind_of_unit_told_with_the_place_is_not_taken():
    respondent = await answer("学校", "长沙岳麓区 住在华润小区")
    assert "华润" not in (respondent or "")


@pytest.mark.parametrize(
    "place_told", ["郑州金水区 丰产路街道 纬五路一小", "金水区 孩子在纬五路一小上学", "郑州金水区纬五路一小"]
)
async def test_a_school_told_by_its_number_names_the_school_and_what_they_do_goes(place_told):
    named = await answer("学校 还有班主任 姓刘 不作为", place_told, "我儿子在学校被同学欺负 跟班主任说了三次")
    # lead-088: the school by its name, the teacher by surname, never "不作为" in the summary
    assert "纬五路一小" in named and named.endswith("、班主任 姓刘")
