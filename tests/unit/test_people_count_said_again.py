"""Head counts said, then said again or set apart: "其实" restates the count, one household of a relative, a
relative alone with others told aside, a workshop's couple and hands, people counted by what they do."""

from __future__ import annotations

import pytest

from bot.parsing.people import extract_people_count, people_count_as_said


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("我一个 其实整个小区都停水了", "整个小区"),
        ("就我自己 其實整條街都被淹了", "整条街"),  # traditional characters
        ("就我一个，实际上全村人都没拿到", "全村人"),
        ("俺一个 说实话好多户都一样", "好多户"),
    ],
)
def test_a_count_said_again_after_actually_is_kept(said, kept):
    assert kept in (people_count_as_said(said) or "")


@pytest.mark.parametrize("said", ["就我一个 其实也没啥", "我一个 其实我也不清楚"])
def test_actually_without_a_count_keeps_the_first(said):
    assert people_count_as_said(said) == "1"


@pytest.mark.parametrize(
    "said",
    [
        "就我爸一家",
        "只有俺娘一户",
        "就我舅舅一家 别的人叫他们自己去反映",
        "就我姐一家，其他的让她们自己找",
    ],
)
def test_one_household_of_a_relative_counts_one(said):
    assert extract_people_count(people_count_as_said(said)) == 1


@pytest.mark.parametrize(
    "said",
    ["我爸一个人 不过那条街好几十户都这样", "俺娘一个 但是别的老人也没领到", "我奶奶自己 其他人我不清楚"],
)
def test_a_relative_alone_with_others_told_aside(said):
    assert people_count_as_said(said) == "1"


@pytest.mark.parametrize(
    ("said", "count"),
    [
        ("店里就我跟我老婆 还有3个伙计", "5"),
        ("厂里就我和我儿子 还有两个工人", "4"),
        ("作坊里就我和我老公 另外五个帮工", "7"),
    ],
)
def test_a_workplace_couple_and_their_hands(said, count):
    assert people_count_as_said(said) == count


@pytest.mark.parametrize(
    ("said", "count"),
    [
        ("整个单元有四个坐轮椅的", "4"),
        ("我们村有五个当过兵的人", "5"),
        ("楼里有3個拄拐杖的吧", "3"),  # traditional characters
    ],
)
def test_people_counted_by_what_they_do(said, count):
    assert people_count_as_said(said) == count


def test_no_count_in_a_lone_one_who_does():
    assert people_count_as_said("有个卖菜的") is None
