"""Junk piled in a shared stairwell is a fire hazard (消防法 第28条) and a bearing wall knocked out in a renovation is
forbidden (住宅室内装饰装修管理办法 第5条): both go to 12345 and the regulator, not to a suit between neighbours."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route

STAIRWELL = "我們家樓上鄰居在樓道里堆了好多垃圾 紙箱子 舊傢俱 臭死了 物業也不管"


@pytest.mark.parametrize(
    "story",
    [
        STAIRWELL,
        "楼道堆这么多东西 物业不管",
        "楼梯间堆着旧家具和纸箱 物业不管",
        "我们楼上的邻居家装修 把承重墙给打了 我们全楼都害怕 找物业物业不管",
        "楼下那家装修 承重墙都敲掉了",
    ],
)
def test_the_city_not_a_suit(story):
    decision = decide_route(story, "城乡建设", "none", respondent="楼上邻居")
    assert decision.code == "hotline_12345", decision.reason
    assert decision.question is None


def test_a_plain_renovation_quarrel_stays_civil():
    decision = decide_route("邻居装修把我家墙弄裂了 要他赔 他不认", "城乡建设", "none", respondent="楼上邻居")
    assert decision.code == "litigation", decision.reason
