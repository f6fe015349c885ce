"""A correction of another detail said with the answer to the question asked: both are kept (ho-013: "名字就写周吧
电话18080532196" at the phone question kept the name and lost the phone)."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

SLOTS = {
    "issue_text": "我在公司被部门经理骚扰 老是发一些恶心的消息",
    "category": "劳动和社会保障",
    "location": "四川省成都市",
    "location_code": "5101",
    "people_count": "1",
    "petitioner_name": "周",
}


@pytest.mark.parametrize(
    ("said", "name", "phone"),
    [
        ("名字就写周吧 电话18080532196", "周", "18080532196"),
        ("名字改成周丽 手机 139 0731 2345", "周丽", "13907312345"),
    ],
)
async def test_the_phone_beside_a_name_correction_is_kept(said, name, phone):
    slots, _, _ = await run_action(
        ValidateIntakeForm(), make_tracker(said, intent="inform", slots=SLOTS, requested_slot="phone")
    )
    assert slots["petitioner_name"] == name
    assert slots["phone"] == phone


async def test_a_correction_alone_answers_nothing():
    slots, _, _ = await run_action(
        ValidateIntakeForm(),
        make_tracker("名字就写周丽吧", intent="inform", slots=SLOTS, requested_slot="phone"),
    )
    assert slots["petitioner_name"] == "周丽"
    assert "phone" not in slots
