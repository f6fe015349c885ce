"""A helper answers the head count for the one they write for, and a sum per household is no count."""

from __future__ import annotations

import pytest

from bot.parsing.people import extract_people_count, people_count_as_said


@pytest.mark.parametrize(
    "said", ["就老人一个", "就老人自己", "老人家自己一个人", "只有老太太一个", "患者一个人", "就病人自己吧"]
)
def test_the_one_written_for_alone_is_one(said):
    """hj-006 and hj-028 stored "就老人一个" and "就老人自己" as words instead of 1."""
    assert people_count_as_said(said) == "1"


@pytest.mark.parametrize("said", ["老人", "村里的老人", "病人"])
def test_people_named_without_alone_are_no_count(said):
    assert people_count_as_said(said) != "1"


@pytest.mark.parametrize(
    "said",
    ["一户两百", "一户给了两百块", "李长福一户两百 让大家选他", "一人一千 说是封口费", "一户五百元"],
)
def test_a_sum_per_household_is_no_count(said):
    """hj-010: "一户两百" (vote buying at 200 a household) was filed as 1户."""
    assert extract_people_count(said) is None


@pytest.mark.parametrize(
    ("said", "count"),
    [("十几户三十多人", 30), ("一户", 1), ("每户五百 一共三十户", 30), ("一户人家 三口人", 3)],
)
def test_counts_beside_sums_still_count(said, count):
    assert extract_people_count(said) == count
