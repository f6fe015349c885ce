""" "复议前置是啥" is answered for the matter told: its meaning, and "not your matter" when the story's route is
another one; the term is never said back to a citizen it does not concern."""

from __future__ import annotations

import pytest

from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind
from actions.questions import answer_in_context


@pytest.mark.parametrize(
    ("story", "asked"),
    [
        ("村里的水渠修了一半停工了 两年没人管 找过镇上说没钱", "复议前置是啥 听不懂"),
        ("小区门口的路灯坏了三个月没人修", "復議前置是什麼意思"),  # traditional characters
        ("楼上天天半夜跺地板 吵得睡不着", "fu yi qian zhi 复议前置啥意思"),
    ],
)
def test_the_meaning_and_that_it_is_not_their_matter(story, asked):
    kind = detect_question(asked)
    assert kind is QuestionKind.WHAT_IS_REVIEW_FIRST
    answer = answer_in_context(kind, asked, story) or ""
    assert "行政复议" in answer
    assert "不用先去申请复议" in answer
    assert "复议前置" not in answer


def test_a_penalty_on_the_spot_hears_the_meaning_alone():
    asked = "复议前置是什么意思"
    answer = answer_in_context(detect_question(asked), asked, "交警当场罚了我两百 我不服") or ""
    assert "先申请行政复议" in answer
    assert "不用先去申请复议" not in answer
