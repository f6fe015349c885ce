"""A class of matters said at the respondent question ("政法", typed for the category question) is no party."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

STORY = "我去派出所报案 派出所的人讲这个是经济纠纷 不给我立案"


async def answer(text):
    slots = {"issue_text": STORY, "category": "政法"}
    tracker = make_tracker(text, requested_slot="respondent", slots=slots)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    return slots


@pytest.mark.parametrize("text", ["政法", "政法吧", "经济管理", "是劳动和社会保障的", "卫生计生。"])
async def test_a_class_named_is_no_party(text):
    assert "respondent" not in await answer(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("政法委", "政法委"), ("乌山派出所", "乌山派出所"), ("经济开发区管委会", "经济开发区管委会")],
)
async def test_a_unit_with_a_class_word_in_it_is_still_the_party(text, expected):
    assert (await answer(text))["respondent"] == expected


async def test_a_neighbour_whose_name_is_not_known_is_named_not_skipped():
    slots = {"issue_text": "上个月在小区停车场被邻居打了 报警了派出所到现在也不处理", "category": "政法"}
    text = "打我的是住我楼下的 叫冯某某 具体名字不知道"
    tracker = make_tracker(text, intent="skip", requested_slot="respondent", slots=slots)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "冯某某" in slots["respondent"]
