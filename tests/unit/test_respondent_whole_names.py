"""A party by its whole name (a company's registered name, the name told after its kind word), a street office
said as the doer, a relative by the short kin word, a shop named before its boss (held chats ib-031, ic-011,
ic-033, ht-004, hz-002, hy-030)."""

from __future__ import annotations

import pytest

from bot.parsing.respondent import extract_respondent, first_unit
from bot.parsing.respondent_answer import names_a_party, read_respondent_answer
from bot.parsing.respondent_elsewhere import names_only_a_party


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("郑州金水区宏达物业服务有限公司", "郑州金水区宏达物业服务有限公司"),
        ("碧桂园物业管理有限公司乱收停车费", "碧桂园物业管理有限公司"),
        ("长城物业", "长城物业"),  # no registered name: the unit as said
        ("万科物业 服务太差", "万科物业"),  # a space ends the name
    ],
)
def test_a_company_keeps_its_registered_name(text, expected):
    assert first_unit(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("电力公司拉线砍了我家的树 没赔钱 电力公司叫国网东山供电公司", "国网东山供电公司"),
        ("派出所不立案 派出所全名是红旗街派出所", "红旗街派出所"),
        ("派出所是什么派出所不晓得 反正不立案", "派出所"),  # no name told
    ],
)
def test_the_whole_name_told_after_the_kind_word(text, expected):
    assert extract_respondent(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("铁西区兴华街道不给俺爹办低保", "铁西区兴华街道"),
        ("我要反映 南湖街道一直不管 去年就说了", "南湖街道"),
        ("我们小区想成立业委会，街道一直拖着不给备案", None),  # a street by no name names no office
        ("家住兴华街道 物业乱收费", "物业"),  # the street is where
    ],
)
def test_a_street_named_as_the_doer_is_its_office(text, expected):
    assert extract_respondent(text) == expected


def test_a_street_office_is_a_party_in_an_answer_with_a_time():
    assert names_a_party("长青街道不给俺妈发补贴了 去年十月停的")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("爹走了以后 俺哥王大山把老屋占了 不让俺回去", "哥哥王大山"),
        ("我姐李红把妈的存款全取走了", "姐姐李红"),
        ("我妹張小芳把房子賣了", "妹妹张小芳"),  # traditional characters
        ("我哥在工地干活 包工头欠他工资", "包工头"),  # the brother is not the party
        ("哥几个都说是他干的", None),
    ],
)
def test_a_relative_by_the_short_kin_word(text, expected):
    assert extract_respondent(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我说过了 金诚模具 老板叫孙立平", "金诚模具 老板叫孙立平"),
        ("富士康 老板叫王建", "富士康 老板叫王建"),
        ("东莞 老板叫王建", "老板王建"),  # a place, no shop
        ("就是老板 叫王建", "老板王建"),
    ],
)
def test_a_shop_named_before_its_boss_is_kept_with_him(text, expected):
    assert read_respondent_answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠州博罗的兴旺塑胶厂 老板叫何志明", "兴旺塑胶厂 老板叫何志明"),
        ("兴旺塑胶厂 厂长姓何", "兴旺塑胶厂 厂长姓何"),
        ("电子厂 老板叫何志明", None),  # a factory by its kind only: asked
        ("去年三月的事 老板叫何志明", None),
    ],
)
def test_a_factory_and_its_boss_said_at_another_question(text, expected):
    assert names_only_a_party(text) == expected
