"""A whole name alone at the court, earlier-report or phone question is the citizen's own; elsewhere it may be
the party, and other words are no name (hl-027, hr-024, hw-030)."""

import pytest

from bot.parsing.name_alone import name_said_alone


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("郝金花", "郝金花"),
        ("张 小 燕", "张小燕"),
        ("高振山。", "高振山"),
        ("劉德華", "刘德华"),
        ("欧阳娜娜", "欧阳娜娜"),
    ],
)
@pytest.mark.parametrize("asked", ["prior_report", "legal_status", "phone"])
def test_the_name_alone(said, name, asked):
    assert name_said_alone(said, asked) == name


@pytest.mark.parametrize("asked", ["respondent", "people_count", "occurred_at", "category", "address", None])
def test_not_at_questions_where_a_name_may_be_the_party(asked):
    assert name_said_alone("郝金花", asked) is None


@pytest.mark.parametrize(
    "said", ["刘主任", "李老板", "村委会", "政法", "没有", "沁源县郭道镇", "就我", "12345", "对"]
)
def test_no_name(said):
    assert name_said_alone(said, "prior_report") is None


@pytest.mark.parametrize("said", ["莫得", "莫有", "木有", "莫得。", "莫 得", "莫事"])
@pytest.mark.parametrize("asked", ["prior_report", "legal_status", "phone"])
def test_a_dialect_no_is_no_name(said, asked):
    # 莫 and 木 are surnames, but "莫得" is southwestern for "no" (ib-002)
    assert name_said_alone(said, asked) is None


@pytest.mark.parametrize(("said", "name"), [("莫小贝", "莫小贝"), ("莫言", "莫言"), ("胡敏", "胡敏")])
def test_names_with_those_surnames_stay(said, name):
    assert name_said_alone(said, "legal_status") == name
