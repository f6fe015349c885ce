"""A matter already taken to the 12345 line, with nothing come of it, is not sent back to the line: it goes on as a
petition, which gets a written answer within a time limit (信访工作条例 第31条、第34条). Earlier reports and
questions written for these tests."""

from __future__ import annotations

import pytest

from actions.question_detect import asks_at_the_office, detect_question
from actions.route_slots import fresh_decision
from bot.route_model.next_step import HOTLINE_IN_VAIN_REASON, hotline_tried_in_vain

STORY = "小区路灯坏了两个多月 晚上黑灯瞎火 老人摔了好几个"
SLOTS = {"issue_text": STORY, "category": "城乡建设", "legal_status": "none", "respondent": "物业"}


@pytest.mark.parametrize(
    "prior",
    [
        "打过两回12345 说转给街道了 一直没下文",
        "市长热线打了好几次 还是没修",
        "12345打了 接线员说会反馈 然后就不了了之了",
        "打過12345 沒人管",  # traditional characters
        "政务热线也打了 都不管用",
    ],
)
def test_a_hotline_tried_in_vain_leads_to_a_petition(prior: str) -> None:
    assert hotline_tried_in_vain(prior)
    decision = fresh_decision({**SLOTS, "prior_report": prior})
    assert decision.code == "petition" and decision.question is None
    assert "第34条" in decision.reason


@pytest.mark.parametrize(
    "prior",
    [
        "未曾反映",
        "打过12345 第二天就来人看了 说这周修",  # something came of it: no failure told
        "找过物业 物业不管",  # no hotline
        "打了12315 说会转给市场监管",  # the consumer line, its own rule
        "打过热力公司热线 没人管",  # the company's own line: the government has not been asked
    ],
)
def test_without_a_failed_hotline_the_reading_stands(prior: str) -> None:
    assert not hotline_tried_in_vain(prior)
    assert HOTLINE_IN_VAIN_REASON not in fresh_decision({**SLOTS, "prior_report": prior}).reason


@pytest.mark.parametrize(
    "text",
    [
        "12345都打了四回了 还让我打12345？",
        "街道去过三趟了 还叫俺去街道？",
        "咋还让咱再打热线？",
    ],
)
def test_being_sent_back_is_asked_at_the_office(text: str) -> None:
    assert detect_question(text) is not None
    assert asks_at_the_office(text)


@pytest.mark.parametrize("text", ["还让我等", "他还让我去找他", "还让俺打12345"])
def test_a_statement_or_another_persons_request_is_no_question_to_the_office(text: str) -> None:
    assert not asks_at_the_office(text)
