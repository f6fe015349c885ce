"""A penalty of an authority that the citizen appealed to it and was turned down goes to administrative review or a
suit (行政复议法 第11条、第20条; 行政诉讼法 第46条), not back to the hotline (hg007: the route came only while the
appeal was pasted into the story). Stories and reports written for these tests."""

from __future__ import annotations

import pytest

from actions.route_slots import fresh_decision
from bot.route_model.next_step import penalty_appeal_upheld

STORY = "交管12123上说我闯红灯 罚款200扣6分 那个路口根本没有灯 我有行车记录仪"
SLOTS = {"issue_text": STORY, "category": "交通运输", "legal_status": "none", "respondent": "市交警支队"}


@pytest.mark.parametrize(
    "prior",
    [
        "在12123上申诉过 被驳回了",
        "找交警队复核 说维持原来的处罚",
        "申辩了 不予采纳",
        "12123申訴過 被駁回",  # traditional characters
    ],
)
def test_an_appeal_turned_down_leads_to_review(prior: str) -> None:
    assert penalty_appeal_upheld(STORY, prior)
    decision = fresh_decision({**SLOTS, "prior_report": prior})
    if decision.code == "hotline_12345" or decision.question is not None:
        pytest.fail(f"still {decision.label}: {decision.reason}")
    assert decision.code == "administrative_review"


@pytest.mark.parametrize(
    ("story", "prior"),
    [
        (STORY, "在12123上申诉过 还没结果"),  # no answer yet
        (STORY, "未曾反映"),
        ("小区门口的路灯坏了三个月 一直没人修", "打过12345 被驳回了"),  # no penalty
    ],
)
def test_no_appeal_turned_down_no_review_from_it(story: str, prior: str) -> None:
    assert not penalty_appeal_upheld(story, prior)


def test_a_business_is_no_authority() -> None:
    slots = {
        **SLOTS,
        "respondent": "小区物业公司",
        "issue_text": "物业说我违规停车 罚款200",
        "prior_report": "申诉被驳回",
    }
    assert fresh_decision(slots).code != "administrative_review" or "申诉" not in fresh_decision(slots).reason
