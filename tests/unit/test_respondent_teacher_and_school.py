"""A teacher or a doctor told only by what they do, with their school or hospital named: the unit is on record."""

import pytest

from bot.parsing.respondent import extract_respondent


@pytest.mark.parametrize(
    ("story", "party"),
    [
        ("我儿子学校那个事呢 在岳麓区博才小学 上个礼拜被同学打了 老师不管", "博才小学"),
        ("孩子在实验中学被欺负 班主任不管", "实验中学"),
        ("医生态度不好 在县人民医院", "县人民医院"),
    ],
)
def test_the_unit_of_a_role_told_alone(story, party):
    assert party in (extract_respondent(story) or "")


def test_a_named_teacher_stays_named():
    assert extract_respondent("王老师打学生") == "王老师"
