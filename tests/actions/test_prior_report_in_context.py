"""An earlier report read where it is said: at the head count it is added to the one on record, "找过村主任好几回"
is no greeting, and others suing is the court status, not an earlier report."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from bot.parsing.prior_report import NO_PRIOR_REPORT
from tests.actions.conftest import make_tracker, run_action, texts

LAND = {
    "issue_text": "俺家承包地确权证上写的是四亩二 实际是五亩八 找村里改 村里说是镇上量的",
    "category": "农村农业",
    "location": "甘肃省天水市秦安县莲花镇",
    "location_code": "620522100",
    "respondent": "莲花镇",
    "legal_status": "none",
    "prior_report": "找村里改 村里说是镇上量的",
}


async def run(text, requested_slot, slots, intent="inform"):
    tracker = make_tracker(text, intent=intent, requested_slot=requested_slot, slots=slots)
    return await run_action(ValidateIntakeForm(), tracker)


async def test_an_earlier_report_said_at_the_head_count_is_added_and_understood():
    slots, dispatcher, _ = await run("找过村里和镇上农经站 都推", "people_count", LAND)
    assert slots["prior_report"] == "找村里改 村里说是镇上量的；找过村里和镇上农经站 都推"
    assert "people_count" not in slots
    assert "没太看懂" not in texts(dispatcher)


async def test_an_earlier_report_said_again_is_not_added_twice():
    slots, _, _ = await run("找村里改 村里说是镇上量的", "people_count", LAND)
    assert "prior_report" not in slots


async def test_an_office_asked_many_times_is_kept_whole_not_read_as_a_greeting():
    slots, _, _ = await run("找过村主任好几回 他说是镇上定的", "prior_report", {"issue_text": "低保遭取消了"})
    assert slots["prior_report"] == "找过村主任好几回 他说是镇上定的"


async def test_others_suing_is_no_earlier_report():
    story = {
        "issue_text": "开发商合同上写的2025年12月31号交房，到现在快一年了还没交",
        "respondent": "锦华置业",
    }
    slots, _, _ = await run("有几户自己去法院告了 我们家没有告", "legal_status", story)
    assert "prior_report" not in slots


OPEN = {k: v for k, v in LAND.items() if k not in ("legal_status", "prior_report")}


@pytest.mark.parametrize(
    "text",
    ["以前没反映过", "从來沒投訴過", "头一回上访", "还没向哪个部门反映", "这是第一次来反映的"],
)
@pytest.mark.parametrize("asked", ["legal_status", "people_count"])
async def test_a_no_that_names_reporting_answers_the_earlier_report_ahead(text, asked):
    """Said while another question waits, a "no" that speaks of reporting is the earlier report."""
    slots, _, _ = await run(text, asked, OPEN)
    assert slots.get("prior_report") == NO_PRIOR_REPORT
    assert asked not in slots


@pytest.mark.parametrize("text", ["法院没去过", "没有", "不是没反映过 是没人理"])
async def test_a_no_that_may_be_of_the_court_is_not_the_earlier_report(text):
    slots, _, _ = await run(text, "legal_status", OPEN)
    assert slots.get("prior_report") != NO_PRIOR_REPORT
