"""Why the residents' pension (新农保) is so little (ho-002 got "答不准" and its question was filed as praise):
how it is made up (a basic part, and the personal account divided by 139), where to check it (12333)."""

from __future__ import annotations

import pytest

from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind as Q
from actions.questions import answer_in_context


@pytest.mark.parametrize(
    "text",
    [
        "你好 我帮我奶奶问 她在河南周口市郸城县农村 新农保每个月才一百来块钱 为啥这么少啊",
        "农村养老金怎么算的",
        "新农保交了十五年 能不能多领点",
        "城鄉居民養老金咋這麼低",  # traditional characters
    ],
)
def test_the_residents_pension_explained(text) -> None:
    assert detect_question(text) is Q.RURAL_PENSION
    answer = answer_in_context(Q.RURAL_PENSION, text, None) or ""
    assert "基础养老金" in answer and "个人账户" in answer and "139" in answer and "12333" in answer


@pytest.mark.parametrize("text", ["我的养老金太少了", "企业退休工资怎么算的"])
def test_other_pensions_are_not_it(text) -> None:
    assert detect_question(text) is not Q.RURAL_PENSION
