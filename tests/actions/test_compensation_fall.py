""" "能让他们赔不" of a fall on snow, ice or a wet floor: the keeper's duty of safety (民法典 第942、1198、1256条),
not state compensation, even when the road is the township's."""

from __future__ import annotations

import pytest

from actions.procedure_questions import COMPENSATION, compensation_key
from bot.domain.text import normalize_for_parsing
from bot.route_model.readings_person import fell_on_a_hazard


@pytest.mark.parametrize(
    "told",
    [
        "俺们村到镇上那段路下雪一个礼拜了没人推 俺老头子在坡上滑倒了 腿摔坏了 镇政府吧",
        "小区门口结了冰 我妈摔了一跤 股骨骨折 物业说不归他们管",
        "超市地上刚拖完地也没放警示牌 我滑倒了",
        "街道門口的雪一直沒人掃 我爸摔傷了",
    ],
)
def test_a_fall_on_a_hazard_is_answered_with_the_keepers_duty(told):
    assert fell_on_a_hazard(told)
    assert compensation_key(told, None) == "compensation_fall"


@pytest.mark.parametrize(
    ("told", "key"),
    [
        ("城管把我的三轮车没收了", "compensation_state"),
        ("化工厂排污 鱼塘的鱼全死了", "compensation_pollution"),
        ("邻居装修把我家墙打裂了", "compensation_civil"),
        ("小区门口雪一直没人扫 出门太难了", "compensation_civil"),
    ],
)
def test_other_losses_keep_their_answer(told, key):
    assert compensation_key(told, None) == key


@pytest.mark.parametrize(
    ("clause", "asks"),
    [
        ("那我妈这医药费物业该不该赔", True),
        ("这能让他们赔不", True),
        ("这个该谁赔", True),
        ("應不應該由商場賠", True),
        ("能告他不", False),
        ("罚款该交多少", False),
    ],
)
def test_whether_someone_should_pay_is_a_compensation_question(clause, asks):
    assert bool(COMPENSATION.search(normalize_for_parsing(clause))) is asks
