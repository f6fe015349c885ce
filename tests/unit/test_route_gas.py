"""Gas, piped or bottled, is the gas regulator's (城镇燃气管理条例 第5条: 12345 / 12319), never the environment
bureau's 12369; pollution near gas stays an environment matter. New phrasings written for these tests."""

from __future__ import annotations

import pytest

from bot.domain.knowledge import explain_route
from bot.domain.routing import decide_route
from bot.route_model.law_rules import ENVIRONMENT, GAS_LINE, apply_law_rules, gas_matter

GAS = [
    "家里的液化气罐一开阀门就呲呲响 送气的说没事",
    "屋头煤气味好大 是不是管子漏气了",
    "燃气公司换了表以后家里总能闻到一股煤气的味道",
    "小區天然氣管道老化 樓道裡常有氣味",  # traditional characters
    "在气站换的罐子用了两天就没气了 阀门还漏",
    "楼下饭馆的液化气钢瓶就堆在人行道上 怕出事",
    "村里通天然气说了三年了 管子埋好了就是不通气",
    "燃气灶的软管老化了 燃气公司安检也没发现",
]
POLLUTION_NEAR_GAS = [
    "天然气公司的工地晚上施工噪音太大",
    "液化气站旁边的工厂天天排放废气",
    "煤气厂往河里偷排污水",
]


@pytest.mark.parametrize("text", GAS)
def test_gas_is_a_matter_for_the_gas_regulator(text: str) -> None:
    assert gas_matter(text)
    scores = {ENVIRONMENT: 0.6, GAS_LINE: 0.2, "petition": 0.2}
    lawful, used = apply_law_rules(scores, text)
    assert lawful[ENVIRONMENT] == 0.0
    assert lawful[GAS_LINE] == pytest.approx(0.8)
    assert any("燃气" in reason for reason in used)


@pytest.mark.parametrize("text", POLLUTION_NEAR_GAS)
def test_pollution_near_gas_stays_with_the_environment_bureau(text: str) -> None:
    assert not gas_matter(text)
    scores = {ENVIRONMENT: 0.6, GAS_LINE: 0.2, "petition": 0.2}
    assert apply_law_rules(scores, text)[0][ENVIRONMENT] == pytest.approx(0.6)


@pytest.mark.parametrize("text", GAS)
def test_a_gas_story_is_never_sent_to_12369(text: str) -> None:
    decision = decide_route(text)
    assert decision.label != ENVIRONMENT
    if decision.code == "hotline_12345":
        assert "12369" not in explain_route(decision.code, decision.variant)


def test_the_gas_line_names_the_gas_hotline() -> None:
    assert "燃气" in explain_route("hotline_12345", "housing")
