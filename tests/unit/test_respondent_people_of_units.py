"""A person of a unit, told by rank or by surname, is who the matter is against; a court sued at is not."""

from __future__ import annotations

import pytest

from bot.parsing.respondent import extract_respondent, workplace_named
from bot.parsing.respondent_answer import read_respondent_answer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("匿名举报 关上夜市那边的城管中队长 每个月找摊贩收300块", "城管中队长"),
        ("举报交警大队副队长吃拿卡要", "交警大队副队长"),
        ("举报城管大队长 收摊贩的钱", "城管大队长"),
        ("投诉派出所副所长 不立案", "派出所副所长"),
    ],
)
def test_an_officer_by_rank_keeps_the_rank(text, expected):
    assert extract_respondent(text) == expected


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("想举报南岗区不动产登记中心窗口那个姓赵的 办个过户 他非说差这差那", "姓赵"),
        ("投诉派出所有个姓王的民警 态度恶劣", "姓王的民警"),
        ("举报镇政府姓李的干部收钱", "姓李的干部"),
        ("投诉县医院姓张的医生态度差", "姓张的医生"),
        ("举报社保局柜台那个姓欧阳的 故意刁难", "姓欧阳"),
        ("舉報稅務局窗口那個姓陳的 吃拿卡要", "姓陈"),
    ],
)
def test_a_person_of_the_unit_told_by_surname_is_the_party(text, surname):
    assert surname in (extract_respondent(text) or "")


@pytest.mark.parametrize(
    "text",
    [
        "厂子叫鲁南机械 老板姓赵 拖欠工资",  # the boss's surname: no officer of a unit
        "投诉派出所 姓名都不告诉我",
        "举报姓氏宗祠乱收费",
    ],
)
def test_a_surname_that_is_no_officer_adds_nobody(text):
    assert "的工作人员" not in (extract_respondent(text) or "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "我在渝北区回兴街道一家装修公司上班 叫重庆美居装饰工程有限公司 欠我八个月工资 "
            "我今年九月已经到渝北区法院起诉了 法院说排期 到现在还没开庭 你们能不能帮我催一下法院",
            "重庆美居装饰工程有限公司",
        ),
        ("我要起诉华强公司", "华强公司"),
        ("我已经把华强电子厂起诉到法院了", "华强电子厂"),
        ("宏达物业 乱收停车费", "宏达物业"),
        ("恒大物业　乱收费", "恒大物业"),  # a full-width space
    ],
)
def test_the_party_sued_or_acting_after_a_space_not_the_court(text, expected):
    assert extract_respondent(text) == expected


def test_a_court_complained_about_is_still_the_party():
    assert extract_respondent("投诉法院立案庭 不给立案") is not None
    assert "法院" in extract_respondent("举报法院 法官收钱")


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("杭州西湖区 孩子在文三街小学 具体哪个老师就不说了吧 怕孩子被针对", "老师", "文三街小学老师"),
        ("娃在城关第二中学读书", "班主任", "城关第二中学班主任"),
        ("在县人民医院看的病", "医生", "县人民医院医生"),
        ("孩子在学校", "老师", None),  # a school by its kind only names no school
        ("孩子在文三街小学", "老板", None),  # a boss works at no school
    ],
)
def test_a_person_told_by_trade_works_at_the_unit_named_later(text, person, expected):
    assert workplace_named(text, person) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("物业 叫什么粤华物业", "粤华物业"),
        ("那个公司叫啥 华强电子", "华强电子公司"),
    ],
)
def test_a_hesitation_before_the_name_is_no_part_of_it(text, expected):
    assert read_respondent_answer(text) == expected


def test_a_name_not_remembered_is_no_name():
    assert read_respondent_answer("物业 叫什么来着") != "什么来着物业"
