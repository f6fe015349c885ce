"""Head counts as country people say them: "就俺儿一个" is one (儿, 闺女, 妮儿 are a child), "少说二十几个" keeps
its floor, and "二十号人没的" (he died on the 20th) is a date, never twenty people."""

from __future__ import annotations

import pytest

from bot.parsing.people import count_told_ahead, extract_people_count, people_count_as_said


@pytest.mark.parametrize(
    "answer", ["就俺儿一个", "就俺闺女一个", "就我妮儿一个", "俺儿", "就我小子一个人", "就我孙儿一个"]
)
def test_one_child_said_the_country_way_is_one(answer: str) -> None:
    assert people_count_as_said(answer) == "1"


@pytest.mark.parametrize(
    ("answer", "kept"),
    [
        ("我们厂退休的好些人都少了 少说二十几个", "二十几"),
        ("少说也有三十个人", "少说也有三十个人"),
        ("最少五十户", "最少五十户"),
        ("少说二十多户", "少说二十多户"),
    ],
)
def test_a_floor_said_with_少说_or_最少_keeps_the_number(answer: str, kept: str) -> None:
    assert kept in people_count_as_said(answer)


@pytest.mark.parametrize(
    "story",
    [
        "上个月十八号做的手术 二十号人没的",
        "三号住的院 五号人就没了",
        "十二号人就走了",
        "二十五号人走的 才五十二岁",
    ],
)
def test_a_day_then_what_happened_to_someone_is_no_head_count(story: str) -> None:
    assert extract_people_count(story) is None
    assert count_told_ahead(story) is None


@pytest.mark.parametrize(("story", "count"), [("二十号人都没拿到工资", 20), ("厂里几十号人没发工资", 20)])
def test_a_crowd_of_号人_still_counts(story: str, count: int) -> None:
    assert extract_people_count(story) == count


@pytest.mark.parametrize(
    ("answer", "count"),
    [
        ("人数不对 啥二十人 就我爸一个", "1"),
        ("不是二十个人，就我一个", "1"),
        ("哪有五十户 也就三十户", "30户"),
        ("什么十个人 就俺娘俩", "2"),
    ],
)
def test_a_count_denied_before_the_right_one_is_not_taken(answer: str, count: str) -> None:
    assert people_count_as_said(answer) == count
