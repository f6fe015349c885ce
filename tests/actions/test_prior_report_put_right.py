"""The earlier report put right in plain words at the summary ("之前没去别处 只找过村里"): that detail changes, with
a word saying so, and nothing is added to the story; an introduction is never an earlier report."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from bot.parsing.prior_report import NO_PRIOR_REPORT
from tests.actions.conftest import make_tracker, run_action, texts

STORY = "小区门口的排水沟堵了半年 一下雨就淹到楼道里"


def at_summary(prior: str) -> dict:
    return {
        "issue_text": STORY,
        "category": "城乡建设",
        "location": "湖南省长沙市岳麓区望月湖街道",
        "location_code": "430104",
        "respondent": "物业",
        "legal_status": "none",
        "prior_report": prior,
        "people_count": "1",
        "petitioner_name": "刘春生",
        "phone": "13800000000",
        "address": "同上",
        "awaiting_confirmation": True,
    }


async def summary_turn(text: str, prior: str, intent: str = "inform"):
    tracker = make_tracker(text, intent=intent, slots=at_summary(prior))
    return await run_action(ValidateIntakeForm(), tracker)


@pytest.mark.parametrize("intent", ["inform", "tell_problem", "deny"])
@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("之前没去别处 只找过居委会两回", "居委会"),
        ("以前就打过一次12345 别的地方没去", "12345"),
        ("此前反映是找過社區 不是物业", "社区"),
    ],
)
async def test_another_place_said_at_the_summary_replaces_the_one_on_record(text, where, intent):
    slots, dispatcher, _ = await summary_turn(text, "我姓刘", intent)
    assert where in slots["prior_report"]
    assert "issue_text" not in slots or slots["issue_text"] == STORY
    assert "此前反映情况" in texts(dispatcher)


@pytest.mark.parametrize(
    "text",
    ["之前谁都没找过", "以前冇同边个讲过", "之前没找谁 去派出所是办身份证 不算反映"],
)
async def test_none_said_at_the_summary_is_no_earlier_report(text):
    slots, _, _ = await summary_turn(text, "派出所")
    assert slots["prior_report"] == NO_PRIOR_REPORT
    assert "issue_text" not in slots or slots["issue_text"] == STORY


async def test_the_same_report_said_again_changes_nothing():
    slots, dispatcher, _ = await summary_turn("之前找过居委会", "找过居委会两回 说去找物业")
    assert "prior_report" not in slots
    assert "此前反映情况" not in texts(dispatcher)


@pytest.mark.parametrize("text", ["我叫刘春生", "俺叫王桂芝", "本人李大力", "我姓陈 叫陈光荣"])
async def test_an_introduction_at_the_earlier_report_question_is_no_report(text):
    slots = {"issue_text": STORY, "category": "城乡建设", "respondent": "物业", "legal_status": "none"}
    tracker = make_tracker(text, requested_slot="prior_report", slots=slots)
    updates, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert not updates.get("prior_report")
