"""The time limit to apply for labour arbitration is asked apart from how long arbitration takes: "仲裁有期限吗 我怕过了"
gets the year of 劳动争议调解仲裁法 第27条 first, also after filing (lead-078 got "没有准确的答案")."""

from __future__ import annotations

import pytest

from actions.filed_questions import after_filing_answer
from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind


@pytest.mark.parametrize(
    "asked",
    [
        "对的 仲裁有期限吗 我怕过了",
        "仲裁有没有时效",
        "离职一年多了还能仲裁吗",
        "劳动仲裁有时间限制吗？",
        "仲裁時效多長",
    ],
)
def test_the_limit_to_apply_is_asked(asked):
    assert detect_question(asked) is QuestionKind.ARBITRATION_LIMIT


@pytest.mark.parametrize("asked", ["仲裁要多久", "劳动仲裁多久出结果", "仲裁几天能下来"])
def test_how_long_it_takes_is_another_question(asked):
    assert detect_question(asked) is QuestionKind.ARBITRATION_TIME


def test_asked_after_filing_the_year_is_told():
    answer = after_filing_answer(
        {"case_number": "XF20261206-0005", "route": "labour_arbitration"}, "对的 仲裁有期限吗 我怕过了"
    )
    assert answer and answer.startswith("有，一般是1年") and "第27条" in answer
