"""Who to ask about heat not delivered or its fee refunded: the heat supplier, then 12319 or 12345."""

from __future__ import annotations

import pytest

from actions.question_detect import detect_question
from actions.questions import answer_in_context
from actions.situation_questions import matter_office
from bot.domain.text import normalize_for_parsing


@pytest.mark.parametrize(
    "told",
    [
        "今年暖气不热 取暖费能退不\n这事该找谁",
        "屋里才十四度 暖气费想退 找哪个部门",
        "供暖一直不达標 該找誰",
        "想退取暖费 找谁",
    ],
)
def test_heating_is_the_suppliers_then_its_regulators(told):
    assert matter_office(normalize_for_parsing(told)) == "office_heating"


@pytest.mark.parametrize("told", ["小区门口垃圾没人清 找谁", "暖气片漏水把楼下泡了", "取暖费交了多少"])
def test_other_matters_are_not_heating(told):
    assert matter_office(told) is None


def test_who_refunds_the_heating_fee_names_the_supplier():
    text = "这事该找谁"
    answer = answer_in_context(detect_question(text), text, "今年暖气不热 取暖费能退不 俺们楼好几家都说要退")
    assert "供热单位" in answer and "12319" in answer
