"""A quarrel about to come to blows, told in the story, gets "don't strike first, 110 if it comes to it" before
the questions (ib-032's kind); a fight already over, a hazard at a site or a plain story gets nothing."""

from __future__ import annotations

import pytest

from bot.domain.safety_brewing import brewing_note, fight_brewing
from bot.domain.school_bullying import bullying_note


@pytest.mark.parametrize(
    "text",
    [
        "邻居在我家宅基地上盖猪圈 还骂人 这事在不管就要打起来了",
        "两家为了地界吵了好几回 迟早要出人命",
        "楼上天天漏水 再这样下去两家非打架不可",
        "這事再不管就要打起來了",
        "他家老三天天堵我门口 早晚要动刀",
    ],
)
def test_a_fight_coming(text):
    assert fight_brewing(text)
    assert "110" in (brewing_note(text) or "")


@pytest.mark.parametrize(
    "text",
    [
        "昨天已经打起来了 我男人被打了",
        "邻居占我家地 打起来了",
        "工地没有安全网 迟早出人命",
        "打官司要多少钱",
        "老板欠了三个月工资不给",
    ],
)
def test_no_fight_coming(text):
    assert brewing_note(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "我女儿上初二 被班里几个女生孤立 还被她们打了",
        "孙子在学校天天被高年级的抢钱 不给就打",
        "老师打我孩子 手都打肿了",
    ],
)
def test_a_child_harmed_at_school_hears_the_police_and_the_education_bureau(text):
    note = bullying_note(text) or ""
    assert "报警" in note and "教育局" in note


@pytest.mark.parametrize(
    "text", ["孩子在学校食堂吃坏了肚子", "学校乱收费 一个学生收三百", "我在工地被老板打了"]
)
def test_no_bullying_told(text):
    assert bullying_note(text) is None
