"""Readings the law places (bot.route_model.readings_money, readings_organ_acts, readings_property): wages a boss or
包工头 owes go to labour inspection, a public teacher's pay to personnel arbitration or a petition, a doctor's price
to 12345, debt collectors' harassment to 12345 (and the police), goods 城管 took to review, land a township took to
review; a factory that closed while owing wages is no stop order. Phrasings written for these tests (dialect,
traditional characters, full-width digits, typos, no punctuation, negations), none a corpus message or a route
example."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route
from bot.route_model.readings_money import (
    debt_collection_harassment,
    medical_price,
    public_staff_pay,
    wages_owed,
)
from bot.route_model.readings_organ_acts import goods_seized, stop_order
from bot.route_model.readings_property import land_taken_by_government


def _route(text: str, category: str | None = None, respondent: str | None = None):
    return decide_route(text, category, "none", respondent=respondent)


@pytest.mark.parametrize(
    "text",
    [
        "包工头王二狗欠俺们工钱 过年都没给 人也找不到",
        "在工地上干了半年 包工头卷钱跑了 十几个人的血汗钱",
        "老闆拖欠工資三個月 說下個月發 結果廠子倒閉了",
        "厂里欠我两个月工资 一直拖着不发",
        "那个带班的欠俺一万二 打电话不接",
        "干了八十天活 工头一分钱没结 说上面没给他",
    ],
)
def test_wages_owed_go_to_labour_inspection(text: str) -> None:
    assert wages_owed(text)
    decision = _route(text, "劳动和社会保障")
    assert decision.code in ("labour_inspection", "labour_arbitration"), decision.reason
    assert decision.code not in ("administrative_review", "litigation")


@pytest.mark.parametrize(
    "text",
    [
        "我是包工头 开发商欠我工程款三百万",  # the speaker hired the crew: a contract debt
        "包工头借了我五万块钱不还",  # a loan
        "工资发了 就是少了全勤奖 想问问合理不",  # nothing owed told
        "乡村老师的绩效工资一直没发",  # a public teacher: personnel, below
    ],
)
def test_what_is_no_wage_claim(text: str) -> None:
    assert not wages_owed(text)


@pytest.mark.parametrize(
    "text",
    [
        "我是乡村教师 奖励性绩效三年没发了 公务员都发了",
        "我们镇卫生院的医生 乡镇补贴一直拖着不给",
        "在编老师 班主任费扣了半年了",
    ],
)
def test_public_staff_pay_is_no_labour_inspection_complaint(text: str) -> None:
    assert public_staff_pay(text)
    decision = _route(text, "教育文体", "县教育局")
    labels = {decision.label}
    if decision.question is not None:
        labels |= {decision.question.yes.label, decision.question.no.label}
    assert "labour_inspection" not in labels, decision.reason


def test_a_company_teacher_paid_late_is_no_public_staff_case() -> None:
    assert not public_staff_pay("我在培训机构上班 老板欠了两个月工资")


@pytest.mark.parametrize(
    "text",
    [
        "村医生打一针要收我八十块 太贵了",
        "卫生室拿个感冒药收了一百五 别的地方才三十",
        "那个诊所乱收费 输个液收两百",
        "医院收费太贵 一个检查要八百",
    ],
)
def test_a_doctors_price_is_a_price_complaint(text: str) -> None:
    assert medical_price(text)
    assert _route(text, "卫生计生", "村卫生室").code == "hotline_12345"


@pytest.mark.parametrize(
    "text",
    [
        "诊所给我打针打坏了 腿到现在都麻 花了好几千",  # harm from the care: a medical dispute
        "县医院院长收回扣 药价才这么贵",  # a report of the head of the hospital
        "村医生态度很差 骂人",  # no price
    ],
)
def test_what_is_no_price_complaint(text: str) -> None:
    assert not medical_price(text)


@pytest.mark.parametrize(
    "text",
    [
        "网贷的天天打电话到我单位 骚扰我同事",
        "借了个网贷逾期了 催收爆我通讯录 给我亲戚发短信说我是老赖",
        "催債的人天天上門堵門 還威脅我家裡人",
    ],
)
def test_debt_collectors_harassing_are_no_labour_or_family_matter(text: str) -> None:
    assert debt_collection_harassment(text)
    decision = _route(text, "劳动和社会保障", "某某网贷平台")
    assert decision.code in ("hotline_12345", "petition"), decision.reason


def test_a_loan_question_is_no_harassment() -> None:
    assert not debt_collection_harassment("网贷的利息太高了 合法吗")


@pytest.mark.parametrize(
    ("text", "respondent"),
    [
        ("城管把我水果摊收了 秤也拿走了", "城管"),
        ("综合执法的人把我三轮车上的菜全拉走了 也没开单子", None),
        ("城管来了二话不说把桌子椅子装车拉走 我就在自家门口摆的", "城管中队"),
        ("市场监管的人把我的货扣了 一个多月不还", None),
    ],
)
def test_goods_taken_by_enforcers_are_reviewed(text: str, respondent: str | None) -> None:
    assert goods_seized(text)
    decision = _route(text, "城乡建设", respondent)
    assert decision.code == "administrative_review", decision.reason
    assert decision.question is None


@pytest.mark.parametrize(
    "text",
    [
        "城管队长每个月找摊贩收钱 不给就把摊子收了",  # money asked: a report of the officer
        "城管没收了我的三轮车 后来法院判决没收违法 车找不到了",  # already judged: compensation
        "城管不管门口乱摆摊的",  # nothing taken
    ],
)
def test_what_is_no_seizure_to_review(text: str) -> None:
    assert not goods_seized(text)


@pytest.mark.parametrize(
    "text",
    [
        "老板说下个月发下个月发 结果这个月厂子关门了 在长安镇",
        "在镇上的厂里干活 工资拖着 后来厂子停产了",
    ],
)
def test_a_factory_closing_is_no_stop_order(text: str) -> None:
    assert not stop_order(text)


def test_a_stop_order_by_an_office_is_still_one() -> None:
    assert stop_order("镇里安监站的人说我这个作坊要停产整顿")
    assert stop_order("被责令停业 说消防不合格")


@pytest.mark.parametrize(
    ("text", "organ_named"),
    [
        ("地被收了 钱也要不回来", True),
        ("镇政府把俺家的地收走了 说搞产业园 一分钱没给", False),
        ("县里修路占了我家三亩田 啥也没说", False),
    ],
)
def test_land_a_government_took_is_reviewed(text: str, organ_named: bool) -> None:
    assert land_taken_by_government(text, organ_named=organ_named)
    decision = _route(text, "农村农业", "镇政府" if organ_named else None)
    assert decision.code == "administrative_review", decision.reason


@pytest.mark.parametrize(
    "text",
    [
        "村里把俺家的承包地收回去了 说要重新分",  # the village: a land-contract matter
        "邻居占了我家的地 镇上也不管",  # another party
        "镇上说要修路 我家地没动",  # nothing taken
    ],
)
def test_land_taken_by_the_village_or_a_neighbour_is_no_government_act(text: str) -> None:
    assert not land_taken_by_government(text, organ_named=True)


@pytest.mark.parametrize(
    ("text", "public"),
    [
        ("我是老师 县里拖欠我们的绩效工资", True),  # owed told before the pay
        ("公办小学的老师 乡镇补贴扣了一年", True),
        ("幼儿园老师工资三个月没发", False),  # a private kindergarten's teacher is an employee like any other
        ("培训班的老师 老板跑了 课时费没结", False),
    ],
)
def test_a_teacher_is_public_staff_only_at_a_public_school(text: str, public: bool) -> None:
    assert public_staff_pay(text) is public


@pytest.mark.parametrize(
    "text",
    [
        "我替我爸刘富贵反映 他在县医院做手术 术后大出血 现在还在重症监护",  # 贵 in a name, harm from the care
        "媽媽在醫院做完手術一直昏迷沒醒 醫生說是併發症",
        "老张家那个贵州来的医生给我做的阑尾手术 手术出了问题又开了一刀",
    ],
)
def test_harm_from_surgery_is_no_price_complaint(text: str) -> None:
    assert not medical_price(text)
    assert _route(text, "卫生计生", "县医院").label == "litigation/medical"


@pytest.mark.parametrize("text", ["诊所药费贵 一盒药收我九十", "村卫生室打针贵得很 收了我六十"])
def test_a_price_said_dear_is_still_one(text: str) -> None:
    assert medical_price(text)


def test_a_price_typed_word_by_word_is_still_one() -> None:
    assert medical_price("村 卫生室 的 医生 打针 太 贵 了")
