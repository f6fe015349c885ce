"""A family's complaint about a care home's care is for 民政, never a labour matter; a carer's own pay stays one;
"先不报了" at the route question stops the filing."""

from __future__ import annotations

import pytest

from actions.stop_intake import withdraws
from bot.domain.routing import decide_route
from bot.route_model.readings_services import care_home_matter


@pytest.mark.parametrize(
    "text",
    [
        "我婆婆住在康宁养老院 一个月交四千五 结果褥疮都长了 护工一天都不给翻身 院长说护工少 忙不过来",
        "俺爹住的敬老院 长了褥疮都没人管",
        "我妈在老年公寓 护工照顾不好 天天尿湿了没人换",
    ],
)
def test_a_residents_care_is_for_civil_affairs(text):
    assert care_home_matter(text)
    decision = decide_route(text, "民政", "none", respondent="康宁养老院")
    assert decision.code == "petition", decision.reason
    assert decision.question is None


@pytest.mark.parametrize(
    "text",
    ["我在夕阳红养老院当护工 工资拖了三个月没发", "养老院把我辞退了 我是那里的护工 加班费也不给"],
)
def test_a_carers_own_pay_stays_labour(text):
    assert not care_home_matter(text)
    assert decide_route(text, "劳动和社会保障", "none", respondent="夕阳红养老院").code.startswith("labour")


@pytest.mark.parametrize(
    ("said", "stops"),
    [
        ("算了 我先跟我老公商量商量 先不报了", True),
        ("不知道 我说了先不报了 取消吧", True),
        ("先不提交 我再想想", True),
        ("不是", False),
        ("不要", False),
        ("我不想告政府", False),
        ("对 提交", False),
    ],
)
def test_a_withdrawal_at_an_open_question(said, stops):
    assert withdraws(said) is stops
