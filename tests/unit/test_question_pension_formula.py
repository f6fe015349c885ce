"""How an employee's pension is made up (社会保险法 第15条) and the 15 years to be paid (第16条); "我不反映 就问问" is
no wish to file."""

from __future__ import annotations

import pytest

from actions.asking_only import declines_filing
from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind as Q
from actions.questions import answer_in_context


@pytest.mark.parametrize(
    "text",
    [
        "你好 我想问问 养老金是咋算的 我爸退休了 跟人家一比少一大截",
        "企业退休工资怎么算的",
        "不登记 俺就想知道养老金咋算的 交的年头多就多给吗",
        "退休金為啥這麼低",  # traditional characters
        "我们单位的社保交得多就高吗",
    ],
)
def test_the_employees_pension_explained(text) -> None:
    assert detect_question(text) is Q.PENSION_FORMULA
    answer = answer_in_context(Q.PENSION_FORMULA, text, None) or ""
    assert "个人账户" in answer and "缴费年限" in answer and "第15条" in answer and "12333" in answer


@pytest.mark.parametrize(
    "text",
    [
        "额现在还没领上养老金 是不是得交够15年才能领",
        "城乡居民养老保险交了十二年 还能补缴不",
        "养老保险最少要交几年啊？",
        "養老保險要繳滿十五年嗎",
    ],
)
def test_the_fifteen_years(text) -> None:
    assert detect_question(text) is Q.PENSION_YEARS
    answer = answer_in_context(Q.PENSION_YEARS, text, None) or ""
    assert "15年" in answer and "第16条" in answer


@pytest.mark.parametrize("text", ["新农保每个月才一百来块 为啥这么少", "农村养老金怎么算的"])
def test_the_residents_pension_stays_its_own(text) -> None:
    assert detect_question(text) is Q.RURAL_PENSION


@pytest.mark.parametrize(
    ("said", "declines"),
    [
        ("我不反映 就问问咋算的", True),
        ("俺不投诉就想知道咋办", True),
        ("我不反映了", True),
        ("我不反映不行了 太欺负人", False),
        ("他们不反映也不管", False),
        ("我不反映谁反映", False),
    ],
)
def test_not_reporting_said_of_oneself(said, declines) -> None:
    assert declines_filing(said) is declines
