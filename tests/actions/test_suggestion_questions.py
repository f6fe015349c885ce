"""A suggestion's own questions: whether it is registered and when it is done get the suggestion's answer (第29条,
no date promised), not the grievance's "免得再出事" (lead-042)."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts

SHELTER = {
    "issue_text": "提个建议 我们这个公交站没有遮雨棚 老人等车老淋雨 能不能装一个 在长春朝阳区红旗街 红旗街站",
    "category": "城乡建设",
    "location": "吉林省长春市朝阳区",
    "location_code": "220104",
    "matter_kind": "建议意见",
}


@pytest.mark.parametrize("said", ["这个要登记吗 多久能装上", "建议还用登记吗"])
async def test_a_suggestion_asked_about_is_told_how_suggestions_go(said):
    tracker = make_tracker(said, requested_slot="petitioner_name", slots=SHELTER)
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    said_back = texts(dispatcher)
    assert "第29条" in said_back and "免得再出事" not in said_back
    assert "petitioner_name" not in slots


async def test_a_grievance_keeps_its_own_answer():
    story = {**SHELTER, "issue_text": "楼上漏水一个月了 物业不管", "matter_kind": "投诉请求"}
    tracker = make_tracker("这个还用登记吗", requested_slot="petitioner_name", slots=story)
    _, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "第29条" not in texts(dispatcher)
