"""How many owners must agree to add a lift: not all of them (民法典 第278条: two thirds take part, three quarters
of those agree), asked with the lift in the same message or after a story of it."""

from __future__ import annotations

import pytest

from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind as Q
from actions.questions import answer_in_context

STORY = "我们小区加装电梯 一楼二楼的联名反对 说挡光 街道说要全体同意才行 上海市杨浦区殷行街道"


@pytest.mark.parametrize(
    "text",
    [
        "我们小区加装电梯😭😭 一楼二楼的联名反对 说挡光 街道说要全体同意才行 这个政策到底要多少人同意才行啊",
        "装电梯是不是要每户都签字",
        "加装电梯要几户同意",
        "老楼加電梯要多少人同意",  # traditional characters
    ],
)
def test_the_lift_vote_asked(text) -> None:
    assert detect_question(text) is Q.LIFT_CONSENT
    answer = answer_in_context(Q.LIFT_CONSENT, text, None) or ""
    assert (
        answer.startswith("不用全体同意")
        and "三分之二" in answer
        and "四分之三" in answer
        and "第278条" in answer
    )


def test_the_lift_vote_asked_after_the_story() -> None:
    text = "今年开春就开始弄了 你还没回答我 要多少人同意"
    assert detect_question(text) is Q.OTHER
    assert "四分之三" in (answer_in_context(Q.OTHER, text, STORY) or "")


@pytest.mark.parametrize("text", ["物业换电梯要多少人同意", "这事要多少人同意"])
def test_other_votes_are_not_the_lift(text) -> None:
    assert detect_question(text) is not Q.LIFT_CONSENT
