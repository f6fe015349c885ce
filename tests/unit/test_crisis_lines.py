"""The lines a crisis reply adds for who is in danger: 120 for someone hurt, 12355 for a child or a teenager, and
what the law lets a family do when a relative with a mental illness attacks (精神卫生法 第28条)."""

from __future__ import annotations

import pytest

from bot.domain.crisis_lines import extra_lines, tells_mental_illness
from bot.domain.safety import crisis_check_in, crisis_reply


@pytest.mark.parametrize(
    "text",
    [
        "隔壁老刘家拿着锄头在我家地头打人 我男人头破了",
        "就现在啊 你们到底来不来人 要不要叫救护车",
        "他把我爸打得流血了 躺地上不动",
        "我妈被他推倒 晕过去了",
        "人已经昏过去了 快来人",
    ],
)
def test_someone_hurt_gets_120(text):
    assert "120" in [line.number for line in extra_lines(text, ("110",))]
    assert "☎ 120" in crisis_reply("domestic_violence", text=text)


@pytest.mark.parametrize(
    "text",
    [
        "我不想上学了 也不想活了 同学都孤立我 爸妈只会骂我",
        "我才十四岁 我爸天天打我",
        "我今年15岁 活着没意思",
        "初二 班主任当着全班骂我 我想死",
        "我女儿在学校被打 现在还不敢去",
    ],
)
def test_a_child_or_teenager_gets_12355(text):
    assert "12355" in [line.number for line in extra_lines(text, ("12356", "110"))]


@pytest.mark.parametrize(
    "text",
    [
        "工资拖了半年 老板不给 我不想活了",
        "他喝了酒就打我 打了好多年了",
        "村主任把我家低保停了 我明天拿刀去找他",
    ],
)
def test_no_extra_line_for_an_adult_unhurt(text):
    assert extra_lines(text, ("110",)) == []


def test_a_line_the_kind_already_has_is_not_said_twice():
    reply = crisis_reply("danger", text="他头破了 在流血")
    assert reply.count("☎ 120") == 1


@pytest.mark.parametrize(
    ("text", "ill"),
    [
        ("我弟弟有精神病 精神分裂 这两天又犯了 拿菜刀砍门", True),
        ("我哥是精神病 在家发病打我妈", True),
        ("他精神不正常 拿刀吓人", True),
        ("他犯病了在砸东西", True),
        ("我爸心脏病发病住院了 医院不管", False),
        ("他喝多了在砸门", False),
    ],
)
def test_a_relative_with_a_mental_illness(text, ill):
    assert tells_mental_illness(text) is ill
    assert ("精神卫生法" in crisis_reply("danger", text=text)) is ill


@pytest.mark.parametrize(
    ("text", "womens_line"),
    [
        ("我儿子在看守所被人打了 管教也打他 身上全是伤", False),
        ("我们学校有个老师打学生", False),
        ("我男人又喝多了 我怕", True),
        ("我老公昨天推了我一把", True),
    ],
)
def test_a_guess_of_violence_at_home_names_12338_only_with_a_partner_named(text, womens_line):
    said = crisis_check_in("domestic_violence", text=text)
    assert "110" in said and ("12338" in said) is womens_line
