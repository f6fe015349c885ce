"""A head count with people who are out of the matter (they signed, settled, will not complain), and a count
said last, after who they are."""

from __future__ import annotations

import pytest

from bot.parsing.people import people_count_as_said
from bot.parsing.people_left_out import last_piece_count, without_those_left_out


@pytest.mark.parametrize(
    "text",
    [
        "就俺一个 其他几个人都跟老板私了了",
        "就我自己 另外两个工友拿了钱不告了",
        "只有我 别的同事都不想闹",
        "就我一个人还在告，其他人都签字了",
        "就我 還有兩個同事 不過他們簽了協議",  # traditional characters
        "就我 其余的都签了",
    ],
)
def test_only_the_speaker_is_still_claiming(text):
    assert people_count_as_said(text) == "1"


def test_others_still_in_it_are_not_left_out():
    assert without_those_left_out("我们十几个人 都没拿到钱") == "我们十几个人 都没拿到钱"
    assert people_count_as_said("我们十几个人 都没拿到钱") == "十几个人"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("整条街的铺子都关了 二十多家", "二十多家"),
        ("厂里的人都没发 大概二十来个吧", "大概二十来个"),
        ("全楼都漏水 十几户", "十几户"),
        ("我们村的都没拿到 三十来户", "三十来户"),
    ],
)
def test_a_count_said_last_is_the_count(text, expected):
    assert people_count_as_said(text) == expected


def test_a_last_piece_that_is_no_count():
    assert last_piece_count("饭馆都关了 损失很大") is None
    assert last_piece_count("二十几家") is None  # the whole answer: read as it is


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("就我😭 他们都签了", "1"),
        ("🙏🙏就我一个", "1"),
        ("就我😭", "1"),
        ("我们五个 老张拿到钱了 就剩四个", "4"),
        ("站点好几个兄弟都没发 五六个吧", "五六个"),
    ],
)
def test_emoji_and_those_still_in_it(text, expected):
    assert people_count_as_said(text) == expected
