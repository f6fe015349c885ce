"""Head counts that add people up: the citizen with a relative and the helpers after them ("我和我老公 还有两个帮工"),
the citizen's household and the neighbours' ("就俺家 还有隔壁两家"), and a count said last after a pause even when
the clause before it tells of money ("社保估计全厂都没交 一百来号人")."""

from __future__ import annotations

import pytest

from bot.parsing.people import count_told_ahead, people_count_as_said


@pytest.mark.parametrize(
    ("said", "count"),
    [
        ("我和我老婆 还有三个伙计", "5"),
        ("俺跟俺男人还有俩帮工", "4"),
        ("我和老公两个 另外还有一个小工", "3"),
        ("我跟我爸妈 加上两个孩子", "5"),
        ("我和我媳妇 还有2个员工吧", "4"),
        ("我和我老公", "2"),  # nobody after them
    ],
)
def test_the_citizen_a_relative_and_the_helpers_after_them(said, count):
    assert people_count_as_said(said) == count


@pytest.mark.parametrize(
    ("said", "count"),
    [
        ("俺家 还有隔壁两户 都靠这口井", "3户"),
        ("就我家和旁边三家", "4户"),
        ("我家跟对门一家人", "2户"),
        ("我屋里还有邻居两家 田都淹了", "3户"),
    ],
)
def test_the_household_and_the_neighbours_are_counted_together(said, count):
    assert people_count_as_said(said) == count


def test_neighbours_counted_roughly_keep_the_words():
    assert people_count_as_said("我家和隔壁十几家") == "我家和隔壁十几家"


@pytest.mark.parametrize(
    ("said", "count"),
    [
        ("工资这个估计全车间都没发 五十来号人", "五十来号人"),
        ("押金全小区都交了 二百多人", "二百多人"),
    ],
)
def test_a_count_said_last_after_a_clause_about_money(said, count):
    assert people_count_as_said(said) == count


@pytest.mark.parametrize(
    ("said", "count"),
    [
        ("就我一个 还有两个工友也没拿到", "3"),
        ("我自己 还有俩同事一样被欠着", "3"),
        ("我和我老婆 还有一个帮工也被打了", "3"),
        ("人数是3个 我加两个工友", "3"),
        ("人数是四", "4"),
    ],
)
def test_the_people_after_the_citizen_who_share_it_and_a_count_named(said, count):
    assert people_count_as_said(said) == count


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("店里就我和一个学徒", "2"),
        ("就我跟两个伙计", "3"),
        ("廠裡就我同兩個師傅", "3"),  # traditional characters, Cantonese 同
        ("我和１个帮工", "2"),  # a full-width digit
    ],
)
def test_the_citizen_and_the_hands_they_employ(text, kept):
    assert people_count_as_said(text) == kept


@pytest.mark.parametrize(
    "story",
    [
        "店被封了快两周 房租一天两百多 人都要疯掉",
        "营业额一天掉了一千多 人都愁死了",
        "工资一个月三千五 人快撑不住了",
    ],
)
def test_a_sum_before_a_pause_is_no_head_count(story):
    assert count_told_ahead(story) is None


def test_a_count_beside_a_sum_still_counts():
    assert count_told_ahead("工资一个月四千 我们五十多人都没拿到") == "五十多人"
