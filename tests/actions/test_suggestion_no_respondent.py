"""A suggestion speaks of an office ("现在城管全给撵走了") but has nobody to answer for it: no respondent is
recorded; a complaint told the same way keeps its party."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action


async def tell(story: str) -> dict:
    tracker = make_tracker(story, intent="tell_problem", active_loop=None)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    return slots


@pytest.mark.parametrize(
    "story",
    [
        "提个建议 夜市能不能放开让摆摊 现在城管全给撵走了 我是襄阳市樊城区的",
        "建议交通局在我们村口加个公交站 现在要走三里路 我是宁乡县的",
    ],
)
async def test_a_suggestion_records_no_respondent(story):
    slots = await tell(story)
    assert slots.get("matter_kind") == "建议意见"
    assert slots.get("respondent") == ""


async def test_a_complaint_keeps_the_office_it_names():
    slots = await tell("城管把我摆摊的三轮车收走了 没开单子 在襄阳市樊城区")
    assert slots.get("respondent") == "樊城区城管局"  # the district said makes the office (hw-017)
