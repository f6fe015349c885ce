"""An answer to "对方是个人或者企业（不是政府部门）吗" that names the other side is read by whom it names (hq-001:
"不是 是装修公司 我是业主" is a company, so yes), not by its first "不是"; the citizen's own role names nobody."""

from __future__ import annotations

import pytest

from bot.route_model.questions import answered_by_naming


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("不是 是装修公司 我是业主", True),
        ("不是政府 是一个个体户开的店", True),
        ("不是公司 是镇政府", False),
        ("不是，是街道办", False),
        ("不是", None),  # names no one: its yes or no is read
        ("我是业主", None),
    ],
)
def test_the_other_side_named_answers_the_question(answer: str, expected: bool | None) -> None:
    assert answered_by_naming("private", answer) is expected


def test_a_question_no_respondent_kind_answers_is_left_to_yes_or_no() -> None:
    assert answered_by_naming("misconduct", "不是 是装修公司") is None
