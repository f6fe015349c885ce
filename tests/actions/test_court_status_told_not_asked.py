"""A court status told plainly is read even when the classifier took the message for a question (hr-024: "没有打官司
走的信访 复查都做完了" got the FAQ on time limits, and the court question asked later was let go)."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

SLOTS = {
    "issue_text": "我对市信访局的复查意见不服 想申请复核 事情是拆迁补偿",
    "category": "城乡建设",
    "location": "天津市北辰区",
    "location_code": "120113",
}


async def _at_respondent(said: str, intent: str, **known):
    tracker = make_tracker(said, intent=intent, slots={**SLOTS, **known}, requested_slot="respondent")
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    return slots


@pytest.mark.parametrize("intent", ["ask_next_steps", "ask_duration", "ask_channels"])
@pytest.mark.parametrize("said", ["没有打官司 走的信访 复查都做完了", "没起诉 也没申请仲裁"])
async def test_a_court_status_told_is_read(said, intent):
    slots = await _at_respondent(said, intent)
    assert slots["legal_status"] == "none"


@pytest.mark.parametrize(
    "said",
    [
        "没打官司 要打官司的话要多久",
        "打官司还是仲裁好",
        "没有打官司 这正常不正常",
        "我想问问没打官司能不能复核",
    ],
)
async def test_a_question_is_still_a_question(said):
    slots = await _at_respondent(said, "ask_next_steps")
    assert "legal_status" not in slots


async def test_a_court_status_on_record_is_not_read_again():
    slots = await _at_respondent("没有打官司 走的信访", "ask_next_steps", legal_status="in_court")
    assert "legal_status" not in slots
