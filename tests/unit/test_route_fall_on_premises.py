"""A fall on ice or a wet floor a 物业 or a shop left: a claim against the keeper (民法典 第942条, 第1198条)."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route
from bot.route_model.readings_person import fell_where_a_keeper_failed


@pytest.mark.parametrize(
    "story",
    [
        "我妈八十多了 小区门口雪一直没人扫 结了冰 摔了一跤 股骨骨折 物业说不归他们管",
        "俺爹在超市里摔了 地上刚拖完没放警示牌 手腕骨折了 超市不认账",
        "小區裡的路結冰了物業也不管 我滑倒把腰摔傷了",
        "商场门口积水 我老婆滑倒了 摔得膝盖缝了五针",
    ],
)
def test_a_fall_where_the_keeper_left_a_hazard_is_a_civil_claim(story):
    assert fell_where_a_keeper_failed(story)
    assert decide_route(story, None, "none").label == "litigation/civil_dispute"


@pytest.mark.parametrize(
    "story",
    [
        "俺们村到镇上那段路下雪一个礼拜了没人推 俺老头子在坡上滑倒了 腿摔坏了",
        "小区门口雪一直没人扫 物业也不管 出门太难了",
        "物业把电梯停了 我爸腿脚骨折上不去楼",
        "超市卖过期食品",
    ],
)
def test_no_fall_or_no_keeper_is_not_that_claim(story):
    assert not fell_where_a_keeper_failed(story)
