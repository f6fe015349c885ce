"""A phone read aloud in Chinese numerals, in groups the way it is written on a card, with 幺/么 for 1 and 洞
for 0: "一三七 八二九四 五五一六", "幺五八-四七七一-零二三六", or told a group a message."""

from __future__ import annotations

import pytest

from bot.parsing.phone import extract_own_phone, extract_phone, is_phone_piece, phone_from_pieces


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("一三七 八二九四 五五一六", "13782945516"),
        ("幺五八 四七七一 零二三六", "15847710236"),
        ("幺三九 零四六八 二二七五", "13904682275"),
        ("么三九 洞四六八 二二七五", "13904682275"),
        ("俺手机 一五零 三一零四 七七八二", "15031047782"),
        ("俺没手机 俺孙子的 一三六 零三七 零八 五九二", "13603708592"),
        ("電話 一三九-零四六八-二二七五", "13904682275"),  # traditional, dashes
        ("139 零四六八 2275", "13904682275"),  # Arabic and spoken groups mixed
        ("一八九　零八一七　三三二五", "18908173325"),  # full-width spaces
        ("怎么留 一三七 八二九四 五五一六 这个", "13782945516"),  # 么 of 怎么 is no digit
        ("座机 零七三六 六六二一三零八", "0736-6621308"),
    ],
)
def test_a_number_read_aloud_in_groups_is_the_phone(text: str, number: str) -> None:
    assert extract_phone(text) == number
    assert extract_own_phone(text) == number


@pytest.mark.parametrize(
    "text",
    [
        "我们三四个人",
        "二零二二年 三月",
        "上个月十八号做的手术 二十号人没的",
        "什么时候能给个说法",
        "去了三次 五六个人一起",
        "一二三",
    ],
)
def test_counts_dates_and_words_are_no_phone(text: str) -> None:
    assert extract_phone(text) is None


def test_a_number_read_aloud_a_group_a_message() -> None:
    assert is_phone_piece("一三七")
    assert is_phone_piece("幺五八 四七七一")
    assert not is_phone_piece("我们三个")
    assert phone_from_pieces(("一三七", "八二九四"), "五五一六") == "13782945516"
    assert phone_from_pieces(("幺五八",), "4771 0236") == "15847710236"
