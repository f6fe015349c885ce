"""A head count said first and plainly keeps its number when more is said after it that counts nobody in
(bot.parsing.people_first, through bot.parsing.people.people_count_as_said)."""

from __future__ import annotations

import pytest

from bot.parsing.people import people_count_as_said
from bot.parsing.people_first import count_said_first


@pytest.mark.parametrize(
    ("said", "count"),
    [
        ("我一个 不过我们车友群好多人都被封过", "1"),
        ("就我一个 但是别的骑手也被罚过", "1"),
        ("我自己 其他人我不代表", "1"),
        ("俺一个人吧，不过村里好些人家也这样", "1"),
        ("1就行,就我们一家店", "1"),
        ("写1就行 就我们一家店", "1"),
        ("人数写我一个就行 其他人我不代表", "1"),
        ("填3个就好 我们三家一起的", "3"),
    ],
)
def test_the_count_said_first_is_kept(said: str, count: str) -> None:
    assert people_count_as_said(said) == count


@pytest.mark.parametrize(
    "said",
    [
        "我一个 还有我老婆",  # what follows may add people: the other readers decide
        "就我一个",  # a single piece is the other readers' too
        "我们一家店 老板是我",
        "三个 都是我们村的",
    ],
)
def test_no_count_said_first(said: str) -> None:
    assert count_said_first(said) is None


@pytest.mark.parametrize(
    "said",
    [
        "学区的事 家长都关心 我就代表我自己",
        "我只代表我个人",
        "家长都有意见 我就代表我自己来的",
        "我们小区的人都这样，我只代表我本人",
        "好几家都是这样 我代表我自己",
        "就替我自己说",
        "我就代表我自己一个人反映",
        "俺只代表俺自己哈",
        "學區的事 家長都關心 我就代表我自己",  # traditional
    ],
)
def test_speaking_for_oneself_counts_one(said: str) -> None:
    assert people_count_as_said(said) == "1"


@pytest.mark.parametrize(
    "said",
    [
        "我不光代表我自己 是代表全小区",  # more than oneself
        "我不只代表我自己",
        "我代表全村",
        "代表我们几家",
        "我代表我自己 我们楼三十户",  # a number elsewhere: the other readers decide
    ],
)
def test_not_speaking_for_oneself_only(said: str) -> None:
    assert people_count_as_said(said) != "1"
