"""At the time question, not knowing *who* ("楼上1202的 不知道叫啥") is no "I don't know when": the time stays open
and is asked again; "记不清了" still means the time is not known (lead-091)."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

NOISE = {
    "issue_text": "楼上那家天天半夜剁肉 吵得睡不着",
    "category": "城乡建设",
    "location": "广西壮族自治区南宁市青秀区",
}


async def _time_answer(text: str) -> dict:
    tracker = make_tracker(text, requested_slot="occurred_at", slots=NOISE)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    return slots


@pytest.mark.parametrize("said", ["楼上1202的 不知道叫啥", "不知道他叫什么名字 就是楼上那家"])
async def test_not_knowing_who_leaves_the_time_open(said):
    assert "occurred_at" not in await _time_answer(said)


@pytest.mark.parametrize("said", ["记不清了", "不知道 好久了"])
async def test_not_knowing_when_is_recorded(said):
    assert (await _time_answer(said)).get("occurred_at") == "未提供"


async def test_a_stretch_with_how_often_is_the_time():
    assert "~" in (await _time_answer("好几个月了 天天这样"))["occurred_at"]
