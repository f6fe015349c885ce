"""Two readings the law gives the route (lead-090, hz-022): a medical dispute is over diagnosis or treatment
(医疗纠纷预防和处理条例 第2条), so someone "还在医院" after a fall on a dark village road is no medical dispute; a grave
moved for a road, with too little paid, is part of the taking and its compensation (土地管理法 第48条), reviewed or
sued, not a 12345 complaint. Also: money held back by whoever handed it out is read in one place."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route
from bot.route_model.law_readings import tells_care
from bot.route_model.readings_money import held_by_handler


@pytest.mark.parametrize(
    "text",
    [
        "村口的路灯坏了半年 前天晚上我妈摔了一跤 现在还住在医院",
        "桥上没护栏 邻居家老头掉下去了 送到医院抢了一天",  # 抢 is not 抢救
        "路上的井盖丢了 我骑车摔进去 在医院躺了半个月",
    ],
)
def test_a_hospital_told_as_where_someone_lies_is_no_medical_dispute(text: str) -> None:
    assert not tells_care(text)
    assert decide_route(text, category="城乡建设", legal_status="none").label != "litigation/medical"


@pytest.mark.parametrize(
    "text",
    ["县医院给我妈做手术 把血管弄破了", "诊所开错了药 孩子吃了上吐下泻", "骨折复位没弄好 还要再交钱重做"],
)
def test_care_told_is_read(text: str) -> None:
    assert tells_care(text)


def test_a_clinic_named_as_the_respondent_tells_care() -> None:
    assert tells_care("花了好几万 人还是没好", respondent="镇卫生院")


@pytest.mark.parametrize(
    "text",
    [
        "修高速要迁我家祖坟 一座坟只给六百块 太少了",
        "县里修路 我们组的坟都要迁 补偿标准低得很",
    ],
)
def test_a_grave_moved_for_a_road_for_too_little_is_an_expropriation(text: str) -> None:
    decision = decide_route(text, category="国土资源", legal_status="none", respondent="镇政府")
    labels = {decision.label}
    if decision.question is not None:
        labels = {decision.question.yes.label, decision.question.no.label}
    assert "administrative_review/expropriation" in labels
    assert not any(label.startswith("hotline_12345") for label in labels)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("合作社理事长把农机补贴扣着不发", True),
        ("村干部把耕地地力保护补贴独吞了", True),
        ("今年的种粮补贴一直没发", False),
    ],
)
def test_money_held_back_by_whoever_handed_it_out(text: str, held: bool) -> None:
    assert held_by_handler(text) is held
