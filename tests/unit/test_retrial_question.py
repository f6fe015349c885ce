"""A suit decided ("输了", "驳回了") and "还能再告吗": not the same suit again; appeal, retrial, the procuratorate."""

from __future__ import annotations

import pytest

from actions.filed_questions import after_filing_answer
from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind


@pytest.mark.parametrize(
    "said",
    [
        "官司输了 还能翻案不",
        "驳回了 我还能上诉吗",
        "法院判了 能不能申诉啊",
        "一审敗訴了 還能再告嗎",
        "判决下来了 还能再审不",
    ],
)
def test_taking_a_decided_suit_further_is_asked(said):
    assert detect_question(said) is QuestionKind.RETRIAL


@pytest.mark.parametrize("said", ["能不能上诉", "还能再告吗", "我想起诉他 能告吗"])
def test_without_a_decision_told_it_is_not_a_retrial(said):
    assert detect_question(said) is not QuestionKind.RETRIAL


def test_after_filing_a_court_case_the_answer_names_the_ways():
    filed = {"case_number": "XF20261206-0005", "route": "litigation", "route_variant": "court_case"}
    answer = after_filing_answer(filed, "对 那还能再告吗")
    assert (
        answer and "再审" in answer and "6个月" in answer and "检察" in answer and "不能再重新起诉" in answer
    )


def test_after_filing_another_route_it_is_not_a_retrial():
    filed = {"case_number": "XF1", "route": "hotline_12345", "route_variant": None}
    assert "再审" not in (after_filing_answer(filed, "那还能再告吗") or "")
