"""The cost asked in a clause of its own ("要钱不") after the message tells of enforcement ("说可以申请执行") is the
enforcement fee, with the two years to apply (民事诉讼法 第250条), not the petition's "不收费"; a cost asked about
petitioning, a debt to collect or a message with no enforcement in it keeps its general answer."""

from __future__ import annotations

import pytest

from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind
from actions.questions import answer_in_context

K = QuestionKind

ENFORCEMENT_TOLD = [
    "去法院问过 说可以申请执行 我不太懂 要钱不",
    "法院的人讲可以申请强制执行 那个要花钱吗",
    "判决都生效了他不给 我想申请执行 费用咋算",
    "說可以申請執行 要錢嗎",  # traditional characters
    "律师说让我去申请强制执行。要交钱不？",
    "执行法院那边我还没去 要不要钱啊",
    "俺听说能申请执行 得掏钱不",
]


@pytest.mark.parametrize("text", ENFORCEMENT_TOLD)
def test_the_cost_after_enforcement_told_is_the_enforcement_fee(text: str) -> None:
    assert detect_question(text) is K.ENFORCEMENT_FEE


@pytest.mark.parametrize("text", ENFORCEMENT_TOLD[:3])
def test_the_answer_says_when_paid_and_the_two_years(text: str) -> None:
    answer = answer_in_context(detect_question(text), text, None) or ""
    assert "强制执行" in answer and "执行完以后才交" in answer
    assert "2年" in answer and "民事诉讼法第250条" in answer
    assert "劳动仲裁不收费" not in answer


NOT_ENFORCEMENT = [
    "去法院问过 说可以起诉 要钱不",  # a suit's cost, not enforcement
    "我来反映这个要钱吗",
    "在你们这里登记要交钱吗",
    "法院说可以申请执行 你们反映这个收费吗",  # petitioning's cost
    "你们这登记收钱不",
]


@pytest.mark.parametrize("text", NOT_ENFORCEMENT)
def test_other_costs_are_not_the_enforcement_fee(text: str) -> None:
    assert detect_question(text) is not K.ENFORCEMENT_FEE


def test_collecting_the_debt_is_not_the_fee() -> None:
    assert detect_question("判了他不给 申请执行了 你们能帮我要钱吗") is not K.ENFORCEMENT_FEE
