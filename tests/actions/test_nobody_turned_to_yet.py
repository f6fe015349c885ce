"""At the court question, "还没找别人" says no court and no earlier report (hg029: the question was asked again, and
the name said next was let go with it)."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

SLOTS = {
    "issue_text": "小区物业突然把停车费从每月150涨到400 没开业主大会",
    "category": "城乡建设",
    "location": "上海市闵行区",
    "location_code": "310112",
    "occurred_at": "2026-12-01",
    "respondent": "上海万科物业",
}


async def _at(slot: str, said: str, intent: str = "inform", **known):
    tracker = make_tracker(said, intent=intent, slots={**SLOTS, **known}, requested_slot=slot)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    return slots


@pytest.mark.parametrize(
    "said", ["业主群里在吵 还没找别人", "谁都没找过", "哪儿都没去告 先问问", "还没找过任何部门"]
)
@pytest.mark.parametrize("intent", ["inform", "tell_problem"])
async def test_nobody_yet_answers_both(said, intent):
    slots = await _at("legal_status", said, intent)
    assert slots["legal_status"] == "none"
    assert slots["prior_report"] == "未曾反映"


async def test_an_earlier_report_on_record_stays():
    slots = await _at("legal_status", "还没找别人", prior_report="找过物业经理")
    assert slots["legal_status"] == "none"
    assert "prior_report" not in slots


@pytest.mark.parametrize("said", ["没打官司 找过12345", "找过律师 还没起诉"])
async def test_a_place_turned_to_is_no_nobody(said):
    slots = await _at("legal_status", said)
    assert slots["legal_status"] == "none"
    assert slots.get("prior_report") != "未曾反映"


async def test_at_another_question_it_says_nothing_of_the_court():
    slots = await _at("people_count", "还没找别人")
    assert "legal_status" not in slots
