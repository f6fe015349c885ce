"""A boss told only by his role, with the employer named by "叫…" elsewhere: the clerk files the employer."""

import pytest

from bot.parsing.name import extract_name
from bot.parsing.respondent import extract_respondent


@pytest.mark.parametrize(
    ("story", "party"),
    [
        (
            "俺们厂里拖欠工资三个月了 俺是山东临沂兰山区的 厂子叫鲁南机械 老板姓赵 俺们二十多个人都没拿到",
            "鲁南机械",
        ),
        ("公司叫华信科技 老板拖欠工资", "华信科技公司"),
        ("老板娘不退押金 店叫小王烧烤", "小王烧烤店"),
        ("老板跑路了 单位名字叫红星食品 欠了两个月", "红星食品"),
        # what became of it said between the unit and its name (ht-021)
        ("现在老板跑了 公司关门 叫金福理财 我们都投了钱", "金福理财公司"),
        ("老板不见了 厂子倒闭了 名字叫宏达鞋业 工资没结", "宏达鞋业"),
        ("老闆跑路了 公司關門了 叫恒信投資", "恒信投资公司"),
    ],
)
def test_the_employer_named_beats_its_unnamed_boss(story, party):
    assert extract_respondent(story) == party


@pytest.mark.parametrize(
    ("story", "party"),
    [("老板跑了 欠我们工资", "老板"), ("老板张建设不给钱", "老板张建设")],
)
def test_a_boss_alone_or_named_stays_the_boss(story, party):
    assert extract_respondent(story) == party


@pytest.mark.parametrize("text", ["俺叫孙大山 电话15865432198", "俺们二十多个人都没拿到 俺叫孙大山 没打官司"])
def test_a_dialect_self_introduction_gives_the_name(text):
    assert extract_name(text) == "孙大山"
