"""A party's name said loosely: with a hesitation ("叫什么鑫汇国际"), beside a unit whose name is not known, or
the whole name of one praised after the nickname ("小刘 刘倩") (held chats id-011, hq-007, ic-010)."""

from __future__ import annotations

import pytest

from bot.parsing.respondent_answer import read_respondent_answer
from bot.parsing.respondent_elsewhere import names_only_parties
from bot.parsing.respondent_praised import praised_party


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("骗子 叫什么华盈资本 有个姓王的主管拉我进群", "华盈资本"),
        ("一个网站 叫啥金利来投资", "金利来投资"),
        ("物业 叫什么粤华物业", "粤华物业"),  # the role said first keeps its own reading
    ],
)
def test_a_name_said_with_a_hesitation(text, expected):
    assert read_respondent_answer(text) == expected


def test_no_name_after_the_hesitation_is_none():
    assert read_respondent_answer("骗子 叫什么不知道") != "不知道"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("就是那个借贷平台 叫快易借 还有他们找的催收公司 名字不知道", "快易借平台、催收公司"),
        ("物业 还有开发商 名字不清楚", "物业、开发商"),
        ("物业 还有我们楼下那个人 名字不知道", None),  # no unit in the second
    ],
)
def test_parties_listed_with_a_name_not_known(text, expected):
    assert names_only_parties(text) == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("想表扬下社区的小王 王芳 帮我办了好多回事", "社区的小王 王芳"),
        ("表扬派出所的老周 周斌 帮我找回了电动车", "派出所的老周 周斌"),
        ("感谢小李 张三帮了我", None),  # another surname: not the whole name of 小李
    ],
)
def test_the_whole_name_after_the_nickname_of_one_praised(story, expected):
    assert praised_party(story) == expected
