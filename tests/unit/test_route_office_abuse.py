"""An official's 吃拿卡要 (bot.route_model.readings_office_abuse) and a village cadre suspected of taking the common
money (bot.route_model.readings_village_money.collective_money_suspected) are reports to 纪检监察. Phrasings written
for these tests, none a corpus message or a route example."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route
from bot.route_model.readings_office_abuse import favour_demanded
from bot.route_model.readings_village_money import collective_money_suspected


@pytest.mark.parametrize(
    "text",
    [
        "市场监管所来检查的人说我后厨不合格 让我找他亲戚装油烟机 不装就天天来查",
        "城管中队的人暗示我送点烟酒 不然我这摊子就别想摆了",
        "消防验收的时候那个科长要我意思一下 不给就拖着不签字",
        "鎮上辦事員叫我請他吃飯 否則證就別想辦下來",
    ],
)
def test_a_favour_demanded_by_an_official_is_a_report(text: str) -> None:
    assert favour_demanded(text)
    decision = decide_route(text, None, "none")
    assert decision.code == "discipline_inspection", decision.reason


@pytest.mark.parametrize(
    "text",
    [
        "邻居让我找他朋友修空调 不找就不高兴",  # no one holding public power
        "城管来检查说招牌要拆",  # an order, no favour wanted
        "街道工作人员说要我表示一下感谢 我觉得他人很好",  # thanks, no "or else"
    ],
)
def test_what_is_no_favour_demanded(text: str) -> None:
    assert not favour_demanded(text)


@pytest.mark.parametrize(
    "text",
    [
        "村里鱼塘承包款这几年的账从来不公开 我们怀疑村会计挪用了",
        "组里土地流转费村主任拿着 账目三年没公布 估计是贪了",
        "村集体收入的賬從不公開 大家都懷疑支書私吞",
    ],
)
def test_common_money_suspected_taken_is_a_report(text: str) -> None:
    assert collective_money_suspected(text)
    decision = decide_route(text, None, "none", respondent="村支书")
    assert decision.code == "discipline_inspection", decision.reason


@pytest.mark.parametrize(
    "text",
    [
        "村里流转费没给俺家 账也不公开",  # no one suspected of taking it
        "村主任把俺家承包地收回去了",  # a land-contract matter
    ],
)
def test_what_is_no_suspicion_of_the_common_money(text: str) -> None:
    assert not collective_money_suspected(text)
