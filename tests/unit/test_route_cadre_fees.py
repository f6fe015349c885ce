"""Money taken by someone holding public office beyond what the state sets is a misconduct report (检举控告,
第30条); the same overcharging by a business, a school or a property company is a market complaint (12345/12315).
New phrasings written for these tests, none a route example."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route

CADRES = [
    ("村里收合作医疗 会计每个人多要十五块 说是跑腿的钱", "村会计"),
    ("组长代收养老保险 每户多收五十 不给就不帮我们交", "组长"),
    ("村主任给开个贫困证明要收一百块", "村主任"),
    ("村干部發糧食補貼每戶扣了三十塊手續費", "村干部"),  # traditional characters
    ("村支书收的医保费比镇上贴出来的标准高了２０块", "村支书"),  # full-width digits
]
BUSINESSES = [
    ("物业收停车费一个月多收一百 也不给发票", "物业公司"),
    ("学校开学收的资料费比说好的多了两百", "学校"),
]


@pytest.mark.parametrize(("text", "respondent"), CADRES)
def test_a_cadre_charging_extra_is_reported_to_discipline_inspection(text: str, respondent: str) -> None:
    decision = decide_route(text, respondent=respondent)
    assert decision.code == "discipline_inspection", decision.reason


@pytest.mark.parametrize(("text", "respondent"), BUSINESSES)
def test_a_business_charging_extra_is_a_market_complaint(text: str, respondent: str) -> None:
    decision = decide_route(text, respondent=respondent)
    assert decision.code == "hotline_12345", decision.reason
