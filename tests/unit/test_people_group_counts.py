"""A count of those of a group, "一起下井的好几个都得了", at the head-count question (bot.parsing.people)."""

import pytest

from bot.parsing.people import extract_people_count, people_count_as_said


@pytest.mark.parametrize(
    ("said", "lower_bound"),
    [
        ("一起下井的好几个都得了 老李去年走了", 3),
        ("跟我一起的五六个都查出来了", 5),
        ("同一个工地的十几个全没拿到钱", 10),
        ("我们车间的七个都被辞了", 7),
    ],
)
def test_those_of_a_group_all_of_them_are_counted(said, lower_bound):
    assert extract_people_count(said) == lower_bound
    assert people_count_as_said(said) is not None


@pytest.mark.parametrize("said", ["我的两个孩子都上学", "买的五个都坏了 退不了"])
def test_things_or_one_s_own_children_at_school_are_no_count_of_those_concerned(said):
    assert extract_people_count(said) is None
