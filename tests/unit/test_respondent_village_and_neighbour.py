"""A bare 村委会 is the committee of the village the citizen names; a neighbour by name is a party; "就我屋里" counts."""

from __future__ import annotations

import pytest

from bot.parsing.people import count_told_ahead, people_count_as_said
from bot.parsing.respondent_elsewhere import names_only_a_neighbour
from bot.parsing.respondent_village import village_committee

TOWN = "安徽省阜阳市临泉县谭棚镇"


@pytest.mark.parametrize(
    ("party", "text", "place", "story", "expected"),
    [
        ("村委会", "谭棚镇刘庄村", TOWN, "村委会把我家的承包地收回去了", "刘庄村村委会"),
        ("村委会", "譚棚鎮劉莊村", TOWN, "村委会把我家的承包地收回去了", "刘庄村村委会"),
        ("村委", "我在谭棚镇刘庄村 村委把地收了", TOWN, "我在谭棚镇刘庄村 村委把地收了", "刘庄村村委"),
        (
            "村委会",
            "醴陵市孙家湾镇长岭村去年修高速征了我家两亩田，村委会扣着不发",
            "湖南省株洲市醴陵市孙家湾镇",
            "醴陵市孙家湾镇长岭村去年修高速征了我家两亩田，村委会扣着不发",
            "长岭村村委会",
        ),
        ("村委会", "长岭村五组", "湖南省株洲市醴陵市孙家湾镇", "长岭村的地被村委会卖了", "长岭村村委会"),
        ("居委会", "石牌街道华苑社区", "广东省广州市天河区石牌街道", "居委会乱收费", "华苑社区居委会"),
    ],
)
def test_the_committee_of_the_village_named(party, text, place, story, expected):
    assert village_committee(party, text, place, story) == expected


@pytest.mark.parametrize(
    ("party", "text", "story"),
    [
        ("村委会", "刘庄村", "村委会把我家的承包地收回去了"),  # a village alone the story never named
        ("村委会", "我们村", "村委会把地收了"),
        ("村委会", "城关镇刘庄村", "村委会把地收了"),  # another township
        ("村委会", "谭棚镇张庄村和谭棚镇李庄村", "村委会把地收了"),  # two villages: not guessed
        ("镇政府", "谭棚镇刘庄村", "镇政府把地收了"),  # not a village's committee
        ("刘庄村村委会", "谭棚镇李庄村", "刘庄村村委会把地收了"),  # named already
        ("村委会", "", "村委会把地收了"),
    ],
)
def test_no_village_is_guessed(party, text, story):
    assert village_committee(party, text, TOWN, story) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("隔壁屋的王老四", "隔壁屋的王老四"),
        ("对门老张家", "对门老张家"),
        ("對門的陳阿伯", "对门的陈阿伯"),
        ("就是隔壁老王啊", "隔壁老王"),
        ("楼上的李建军", "楼上的李建军"),
        ("邻居欧阳明", "邻居欧阳明"),
    ],
)
def test_a_neighbour_by_name_is_a_party(text, expected):
    assert names_only_a_neighbour(text) == expected


@pytest.mark.parametrize(
    "text", ["隔壁的老人", "隔壁那家人", "邻居家的狗", "楼上在装修", "对面的王", "隔壁小区", "隔壁屋"]
)
def test_a_neighbour_without_a_name_or_more_than_one_is_not(text):
    assert names_only_a_neighbour(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("就我屋里", "就我屋里"),
        ("就我家", "就我家"),
        ("只有俺家一户", "只有俺家一户"),
        ("就我们家吧", "就我们家吧"),
    ],
)
def test_the_household_alone_said_ahead_is_the_head_count(text, expected):
    assert count_told_ahead(text) == expected  # a whole message: said at another question, it is how many
    assert people_count_as_said(text) == expected


@pytest.mark.parametrize("text", ["我家门口", "我家", "我屋里的地"])
def test_a_household_mentioned_is_no_head_count(text):
    assert count_told_ahead(text) is None
