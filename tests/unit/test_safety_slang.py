"""救命 said as an exclamation in a complaint is no call for help; with any danger beside it, it stays one."""

from __future__ import annotations

import pytest

from bot.domain.safety import detect_crisis


@pytest.mark.parametrize(
    "text",
    [
        "救命 这物业简直离谱 停水三天了",
        "救命 房东押金一分不退 这合法吗",
        "救命啊 外卖平台乱扣钱 无语😤",
        "救命 網購的衣服不給退款 太坑了",  # traditional characters
        "救命 快递丢了客服还怪我 谁懂啊",
    ],
)
def test_a_cry_in_a_complaint_is_no_crisis(text):
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "救命 有人拿刀在砸门 太离谱了",
        "救命 我被关在房间里了 这合法吗",
        "救命啊 快来人",
        "救命！有人打我",
        "救命 我家着火了 谁懂",
        "救命 孩子被人抱走了 怎么投诉都没用",
    ],
)
def test_a_cry_beside_danger_stays_a_crisis(text):
    assert detect_crisis(text) is not None
