"""Head counts said as who: the wider family, a pair of kin in one word, the citizen and more after them."""

from __future__ import annotations

import pytest

from bot.parsing.people import count_told_ahead, extract_people_count, people_count_as_said


@pytest.mark.parametrize(
    ("said", "count"),
    [
        ("就我舅舅一个", "1"),
        ("就俺舅一个", "1"),
        ("只有我姑姑自己", "1"),
        ("就我小姨一个人", "1"),
        ("我跟我爸妈", "3"),
        ("俺和俺爹娘", "3"),
        ("我和我父母三个人", "3"),
        ("我跟我爸妈。", "3"),
        ("就我爸妈", "2"),
        ("我爸妈两个", "2"),
        ("就我一个 还有孩子 两个", "3"),
        ("我自己 还有俩娃", "3"),
        ("就我一个还有两个小孩", "3"),
        ("我一个还有我妈两个", "2"),  # the two of them
        ("我跟我妈", "2"),
        ("我和孩子两个人", "2"),
        ("我跟娃俩", "2"),
        ("就我一个", "1"),
        # the citizen and the people of their shop or workplace said after them (hu-017)
        ("我一个 网吧还有6个员工", "7"),
        ("我一个人 店里另外还有3个伙计", "4"),
        ("就我一个 还有两个工友", "3"),
        ("就我一个 可能还有别的女同事", "1"),  # a maybe with no number: the one for sure
    ],
)
def test_who_is_counted(said, count):
    assert people_count_as_said(said) == count


def test_a_pair_of_kin_inside_a_story_counts_three():
    assert extract_people_count("催收天天打电话 我跟我爸妈都被骚扰") == 3


@pytest.mark.parametrize("said", ["就我", "只有我", "就俺", "我一个", "俺一个人"])
def test_the_citizen_alone_said_at_another_question(said):
    assert count_told_ahead(said) == "1"


@pytest.mark.parametrize(
    "said",
    [
        "欠我钱的任大庆 他包了我的核桃园 承包费三年没给 一共四万五",
        "工钱没给 一共三万二",
        "罚款五千 就两袋面包",
    ],
)
def test_a_sum_beside_money_is_no_head_count(said):
    assert people_count_as_said(said) is None


def test_a_count_of_people_beside_money_is_still_read():
    assert people_count_as_said("欠了工钱 一共十二个") == "12"


@pytest.mark.parametrize(
    ("story", "count"),
    [
        # brothers and sisters counted together are the people concerned, not the one who took it all (ht-004)
        ("俺哥一个人占着不让俺们进 俺们兄妹四个都有份的呀", "4"),
        ("我们姐弟三人都没拿到", "3"),
        ("兄弟姐妹五个都有份", "5"),
    ],
)
def test_siblings_counted_in_a_story(story, count):
    assert count_told_ahead(story) == count


def test_siblings_who_did_it_are_not_counted_as_siblings():
    assert count_told_ahead("他兄弟三个天天来闹") is None
