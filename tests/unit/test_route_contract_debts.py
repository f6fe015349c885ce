"""The price of goods, a haul or a job owed under a contract (bot.route_model.readings_property.contract_debt) is a
civil contract debt, whoever owes it (a company, a 城投, a dealer): no wages, no labour inspection, no 12345.
Phrasings written for these tests (dialect, traditional characters, full-width digits, no punctuation), none a
corpus message or a route example."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route
from bot.route_model.readings_money import wages_owed
from bot.route_model.readings_property import contract_debt


@pytest.mark.parametrize(
    ("text", "category", "respondent"),
    [
        ("我开大车的 给水泥厂拉了半年石子 运输费八万多 厂里一直拖着不结", "交通运输", "华新水泥厂"),
        ("收购商去年收了俺家三千斤橘子 说卖了就给钱 到现在也没给钱", "农村农业", "收购商老周"),
        ("我们做钢结构的 给县城投公司干的厂房 验收都过了 尾款３６万拖到现在", "城乡建设", "县城投公司"),
        ("供應商貨款拖欠一年多 國企說走流程 一直不付", "经济管理", "某国有物流公司"),
        ("帮超市做的装修 装修款还差十二万没给", "城乡建设", None),
    ],
)
def test_a_price_owed_is_a_civil_contract_debt(text: str, category: str, respondent: str | None) -> None:
    assert contract_debt(text)
    decision = decide_route(text, category, "none", respondent=respondent)
    assert decision.label == "litigation/civil_dispute", decision.reason
    assert decision.question is None


@pytest.mark.parametrize(
    "text",
    [
        "在物流公司开车 工资拖了三个月没发",  # wages
        "包工头欠我们工程款 十几个工人过年回不了家",  # a crew's pay, whatever they call it
        "物业服务费涨了 服务还差",  # no price owed
        "收了我的押金 到现在没给退",  # money taken from the citizen: no sale
        "运费是多少 要不要交",  # a question, nothing owed
        "在工地干了半年活 老板一直不给钱 说等工程款下来再给",  # the worker's pay, whatever the boss waits for
    ],
)
def test_what_is_no_contract_debt(text: str) -> None:
    assert not contract_debt(text)


@pytest.mark.parametrize(
    ("text", "respondent"),
    [
        (
            "我们是一个小装修公司 给街道办做了办公楼装修 合同38万 验收过了 到现在只给了8万 我们小公司工人工资都发不出了",
            "某某街道办事处",
        ),
        (
            "俺们是一家小施工队 给镇政府修的村道 合同价六十多万 才付了二十万 工人天天上门要工钱",
            "某某镇人民政府",
        ),
    ],
)
def test_a_firm_owed_by_an_organ_is_a_contract_debt_whatever_its_crew_is_owed(
    text: str, respondent: str
) -> None:
    decision = decide_route(text, "经济管理", "none", respondent=respondent)
    assert decision.label == "litigation/civil_dispute", decision.reason


@pytest.mark.parametrize(
    "text",
    [
        "我们是一家装修公司的工人 老板欠了我们三个月工资",  # workers of the firm: their wages
        "我在一个小公司上班 工资拖了两个月",
    ],
)
def test_workers_of_a_firm_are_owed_wages(text: str) -> None:
    assert wages_owed(text)
