"""Premises sealed by an office (查封: 消防法 第54条, 行政强制法 第9条) are an administrative coercive measure,
reviewed or sued (行政复议法 第11条第二项), not a 12345 service request; a court's 查封 is no such act.
Phrasings written for these tests (dialect, traditional characters), none a corpus message."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route
from bot.route_model.readings_organ_acts import premises_sealed


@pytest.mark.parametrize(
    "text",
    [
        "消防来检查 说我店里疏散通道不够宽 把店查封了 一个礼拜做不了生意",
        "消防封咗我间餐馆 话灭火器过期",  # Cantonese
        "應急局把我們廠封了 說有安全隱患",  # traditional characters
        "市场监管把我的作坊贴了封条",
    ],
)
def test_premises_sealed_by_an_office(text: str) -> None:
    assert premises_sealed(text)


@pytest.mark.parametrize(
    "text",
    [
        "法院把我的店查封了 说是欠债保全",  # a court's measure
        "隔壁店的消防通道堆满了杂物",  # nothing sealed
        "店里生意不好 想把店封了不干了",  # no office
        "公安说是涉案 把仓库查封了",  # a criminal case
    ],
)
def test_no_office_sealed_the_premises(text: str) -> None:
    assert not premises_sealed(text)


@pytest.mark.parametrize(
    ("text", "category", "respondent"),
    [
        ("消防来检查把我的小饭馆封了 说消防通道不合格 封了一个礼拜 生意做不了", "城乡建设", "区消防救援大队"),
        ("应急局说我们厂有安全隐患 把厂封了 一直不给解封", "城乡建设", "应急管理局"),
    ],
)
def test_premises_sealed_go_to_review(text: str, category: str, respondent: str) -> None:
    decision = decide_route(text, category, "none", respondent=respondent)
    assert decision.label.startswith("administrative_review"), decision.reason
