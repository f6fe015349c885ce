"""Answers to "when did it happen?" as citizens give them: no date for a suggestion, since the New Year."""

from __future__ import annotations

import pytest

from actions.slots import NOT_PROVIDED
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

SUGGESTION = {
    "issue_text": "建议医院给老年人留一些现场挂号的号源",
    "category": "卫生计生",
    "location": "湖南省娄底市",
}


@pytest.mark.parametrize(("text", "intent"), [("没有", "deny"), ("沒有", "inform"), ("一直都这样", "inform")])
async def test_no_date_is_recorded_at_once(text, intent):
    tracker = make_tracker(text, requested_slot="occurred_at", slots=SUGGESTION, intent=intent)
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("occurred_at") == NOT_PROVIDED
    assert not any("没太看懂" in (m.get("text") or "") for m in dispatcher.messages)
    assert "legal_status" not in slots and "prior_report" not in slots  # "没有" answers only the time


async def test_since_the_new_year_is_a_time():
    tracker = make_tracker("从今年过了年就开始扣了", requested_slot="occurred_at", slots=SUGGESTION)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert (slots.get("occurred_at") or "").startswith("20")
