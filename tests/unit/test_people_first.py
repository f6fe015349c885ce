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
