"""A land-contract dispute is about contracted rural land (农村土地承包经营纠纷调解仲裁法 第2条): a subsidy docked or a
fee charged with no land in the story is no such dispute, whatever the model read into "村里" and "补贴". New
phrasings written for these tests, none a route example."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route
from bot.route_model.law_rules import LAND_CONTRACT, apply_law_rules, tells_land

NO_LAND = [
    "村里把种粮补贴扣了 说是抵水费",
    "村会计发惠农补贴的时候每户扣五十 说是垃圾清运费",
    "組長把我們的糧食補貼扣了一百塊 說是什麼衛生費",  # traditional characters
    "今年的农机补贴到现在也没发下来 问村里说还在走流程",
    "村委会每户收２００块修路钱 也没开会商量",  # full-width digits
    "俺们屯的合作医疗钱被村上多收了 一人多要二十",
    "二队组长把生猪补贴扣下了 说抵去年的电费",
]
LAND = [
    "村里把我家的承包地收回去了 说要统一流转",
    "二轮延包村里没给我家续签",
    "隔壁组的人把俺家三亩田占了种庄稼",
    "我家承包的鱼塘被村上收走了 合同还没到期",
    "山林承包合同到期前村里就另外发包给别人了",
    "村裏把我家嘅耕地調整畀咗人",  # Cantonese, traditional
    "土地流转的租金两年没给了",
    "果园承包费村里一下涨了一倍",
]


@pytest.mark.parametrize("story", NO_LAND)
def test_a_story_with_no_land_tells_none(story: str) -> None:
    assert not tells_land(story)


@pytest.mark.parametrize("story", LAND)
def test_a_story_of_contracted_land_tells_land(story: str) -> None:
    assert tells_land(story)


MODEL_READS_LAND_CONTRACT = {
    LAND_CONTRACT: 0.5,
    "discipline_inspection": 0.2,
    "hotline_12345": 0.15,
    "petition": 0.15,
}


@pytest.mark.parametrize("story", NO_LAND)
def test_no_land_no_land_contract_route(story: str) -> None:
    lawful, why = apply_law_rules(MODEL_READS_LAND_CONTRACT, story)
    assert lawful[LAND_CONTRACT] == 0.0
    assert any("承包" in reason for reason in why)
    decision = decide_route(story, "农村农业", "none", respondent="村会计", scores=MODEL_READS_LAND_CONTRACT)
    assert decision.code != LAND_CONTRACT, decision.reason


@pytest.mark.parametrize("story", LAND)
def test_land_keeps_the_land_contract_reading(story: str) -> None:
    lawful, why = apply_law_rules(MODEL_READS_LAND_CONTRACT, story)
    assert max(lawful, key=lawful.get) == LAND_CONTRACT
    assert not any("承包" in reason for reason in why)
