"""A head count said with more words after it: the one piece that counts is the answer."""

from __future__ import annotations

import pytest

from bot.parsing.people import people_count_as_said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("就俺孙子一个 他今年七岁", "1"),
        ("我一个，之前在交管12123上申诉过被驳回了", "1"),
        ("就我妈一个 她七十多了", "1"),
        ("我们一家五口 都住这", "5"),
        ("就我 其他人不知道", "1"),
        ("就俺娘一個 她八十歲了", "1"),  # traditional characters
    ],
)
def test_the_piece_that_counts_is_kept(text, expected):
    assert people_count_as_said(text) == expected


@pytest.mark.parametrize("text", ["他今年七岁", "找过村里和镇上农经站 都推", "花了两千八"])
def test_no_count_is_no_head_count(text):
    assert people_count_as_said(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who is affected told first, the count said last: the count is kept
        ("全组的孩子都在那上学 八十多个娃", "八十多个娃"),
        ("我们这条巷子开饭馆的 都交过 起码五六家", "起码五六家"),
        ("楼里的老住户 少说二十来户", "少说二十来户"),
        ("那条街开店的 三四家吧", "三四家"),
    ],
)
def test_a_count_said_after_who_is_kept(text, expected):
    assert people_count_as_said(text) == expected


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("就我爷爷一个 小区里好些老头也上当了", "一个小区"),
        ("只有我妈一个，村里别的老人不清楚", "一个村"),
        ("就我奶奶一個 樓里其他人不知道", "一个楼"),  # traditional characters
    ],
)
def test_a_collective_is_not_glued_across_pieces(text, unwanted):
    """ "一个" ends one piece, "小区" begins the next: no "一个小区" made of the two."""
    assert unwanted not in (people_count_as_said(text) or "")


@pytest.mark.parametrize("text", ["我们一个小区的人都受影响", "整个小区的业主"])
def test_a_collective_said_in_one_piece_is_kept(text):
    assert people_count_as_said(text) == text
