"""The head count answered as who: the citizen alone, one person written for, or the citizen and one relative."""

from __future__ import annotations

import pytest

from bot.parsing.people import count_told_ahead, extract_people_count, people_count_as_said


@pytest.mark.parametrize(
    "said",
    [
        "就爷爷一个",
        "就奶奶一个人",
        "只有俺闺女自己",
        "就我妈一个吧",
        "就阿爺一個",  # traditional
        "得我一个",  # Cantonese 得: only
        "得我一個咋",
        "淨係我一個",  # Cantonese 净系
        "就俺男人一个",
        "只有老爷子一个人",
    ],
)
def test_one_person_alone_is_one(said):
    """hl-035 filed "就爷爷一个" and hk-030 "得我一个" as words instead of 1."""
    assert people_count_as_said(said) == "1"


@pytest.mark.parametrize(
    "said",
    [
        "我跟我男人两个",
        "俺和闺女",
        "俺和闺女 闺女8岁",
        "我和我老婆两个",
        "我同我老公两个人",
        "我老婆和我",
        "俺跟俺娘俩",
        "我带着孩子",
        "我和老伴两口子",
        "我跟我媳妇",
    ],
)
def test_the_citizen_and_one_relative_are_two(said):
    """hl-012 "我跟我男人两个" and hl-028 "俺和闺女 闺女8岁" were filed as words instead of 2."""
    assert people_count_as_said(said) == "2"


@pytest.mark.parametrize("said", ["我跟我男人两个都被砍伤了", "我和我儿子两个人都没拿到钱"])
def test_a_pair_counted_in_a_story_is_two(said):
    assert extract_people_count(said) == 2


@pytest.mark.parametrize(
    "said",
    ["我跟我男人去派出所报案", "俺和闺女在俺妈家住", "我老公和我说别告了", "我和他吵了一架"],
)
def test_a_pair_without_a_count_in_a_story_is_no_count(said):
    assert count_told_ahead(said) is None


@pytest.mark.parametrize("said", ["爷爷", "村里的老人", "得罪人", "他们两个", "我跟他们"])
def test_others_are_not_read_as_one_or_two(said):
    assert people_count_as_said(said) not in {"1", "2"}


@pytest.mark.parametrize(
    "said",
    [
        "就我个孙一个",  # Cantonese: my grandson
        "我嘅仔一个",
        "就那一个小孩",
        "就一个孩子",
        "只有这一个娃",
        "就那个小孩一个",
        "只有我老爸一个",
        "我儿子一个被打",  # the one person, then what was done to them
        "人数是我儿子一个被打",
        "就我孫女一個",  # traditional
        "就我儿子一个 被打的 打他的有三个",  # those who did it are not counted
        "就那一个小孩 你还没回答我 能不能派人来",
        "就我个女一个 佢今年读初一",
    ],
)
def test_one_person_said_with_whose_or_which_is_one(said):
    assert people_count_as_said(said) == "1"


@pytest.mark.parametrize(
    ("said", "count"),
    [
        ("就我一个 还有两个工友也没拿到", "3"),  # more people added after
        ("他一个被打", "1"),  # the one hurt, whoever he is
        ("我们三个被打了", None),
    ],
)
def test_one_person_only_when_nobody_is_added(said, count):
    assert people_count_as_said(said) == count


@pytest.mark.parametrize(
    "said", ["我被骗了", "警察来了 他被带走了 我现在在邻居家", "我被拖欠工资了 在苏州一家电子厂"]
)
def test_what_was_done_to_someone_counts_nobody_without_one_said(said):
    assert people_count_as_said(said) is None


@pytest.mark.parametrize(
    "answer", ["就我间铺", "就我間舖", "只有我家这个店", "就我一家店", "就我嘅铺头", "就我的店"]
)
def test_the_writers_shop_alone_is_one(answer: str) -> None:
    assert people_count_as_said(answer) == "1"


@pytest.mark.parametrize(
    ("answer", "said"), [("我店里三个人", "3"), ("就我家", "就我家"), ("整条街的铺", "整条街的铺")]
)
def test_more_than_the_shop_alone_is_not_one(answer: str, said: str) -> None:
    assert people_count_as_said(answer) == said
