"""A helper counts a neighbour by the word of address ("就钱大妈一个"), and the citizen counts others after a pause."""

from __future__ import annotations

import pytest

from bot.parsing.people import people_count_as_said


@pytest.mark.parametrize(
    "said",
    ["就钱大妈一个", "只有老刘叔一个人", "就吴奶奶自己", "就周大爷一個", "只有李婶一个"],
)
def test_one_neighbour_by_the_word_of_address_is_one(said):
    assert people_count_as_said(said) == "1"


@pytest.mark.parametrize(
    ("said", "count"),
    [
        ("我一个。还有一个大姐也没拿到", "2"),
        ("我 一个， 还有 两个 阿姨 也 没有 给", "3"),
        ("我一個，還有一個大叔", "2"),
        ("就我一个；还有１个老乡也被欠着", "2"),
    ],
)
def test_the_citizen_and_others_after_a_pause_are_counted(said, count):
    assert people_count_as_said(said) == count


@pytest.mark.parametrize("said", ["钱大妈", "隔壁的阿姨都知道", "就钱大妈"])
def test_a_neighbour_named_without_alone_is_no_one(said):
    assert people_count_as_said(said) != "1"
