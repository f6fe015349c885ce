"""A question after filing that nothing here answers ("暖气不热 物业费能少交点不") is said honestly, with the
question named and who can answer it (the lines of the case's route), not the generic 'call 110' line."""

from __future__ import annotations

import pytest

from actions.filed_questions import after_filing_answer

FILED = {"case_number": "XF20261205-0376", "route": "hotline_12345", "route_variant": None}


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("暖气不热 物业费能少交点不", "少交"),
        ("那个物业费能不能少交一点", "少交"),
        ("停了三天水 水费能少交不", "少交"),
        ("屋里才十四度 這個錢能退嗎", "退"),  # no word says which money
        ("小区停车费能不能少交点", "少交"),
        ("有线电视费能退一部分吗", "退一部分"),
        ("電梯停了這麼久 物業費能少交嗎", "少交"),
        # a heating fee refund has its reviewed answer since lead-094 (actions.local_questions, heating_refund)
        ("物业费能少交点不", "少交"),
        ("停车费能不能退一部分", "退一部分"),
        ("垃圾站能不能挪远一点", "挪远"),
    ],
)
def test_a_question_nothing_here_answers_is_said_honestly(text, asked):
    answer = after_filing_answer(FILED, text)
    assert answer and asked in answer and "没有准确的答案" in answer
    assert "12345" in answer and "XF20261205-0376" in answer and "110" not in answer


@pytest.mark.parametrize("text", ["供暖温度不达标的话能退暖气费吗？", "暖氣費能退嗎", "暖气费能不能退一部分"])
def test_the_heating_fee_asked_after_filing_gets_its_answer(text):
    # since lead-094 the heating fee has a reviewed answer: the local rule and the measured temperature
    answer = after_filing_answer(FILED, text)
    assert answer and "测" in answer and "没有准确的答案" not in answer


def test_what_to_do_now_still_gets_where_to_turn():
    answer = after_filing_answer(FILED, "今晚再冷怎么办")
    assert answer and "12345" in answer and "没有准确的答案" not in answer


@pytest.mark.parametrize(
    "text",
    [
        "那能不能让他们上门来认证",
        "我爸走不了路 认证能上门办不",
        "養老金認證能不能上門",
        "认证可不可以在家弄啊😭",
    ],
)
def test_a_question_about_a_service_we_know_gets_its_desk(text):
    pension = {
        "case_number": "XF20261206-0001",
        "route": "administrative_review",
        "route_variant": "review_first",
    }
    answer = after_filing_answer(pension, text)
    assert answer and "上门认证" in answer and "补发" in answer and "XF20261206-0001" in answer
    assert "没有准确的答案" not in answer


@pytest.mark.parametrize("text", ["供暖温度不达标的话能退暖气费吗？", "暖气费能不能退一部分"])
def test_the_heating_fee_has_its_own_answer_now(text):
    # lead-094 gave the heating fee its reviewed answer (actions.local_questions): no "没有准确的答案" for it
    answer = after_filing_answer(FILED, text)
    assert answer and "没有准确的答案" not in answer and "12319" in answer
