"""A threat of one's own taken back in the same breath ("气得我想跳楼 开玩笑的") is no alarm; a denied or asked
joke, a danger to someone else or violence at home stays a crisis (safety first)."""

import pytest

from actions.crisis_jest import jest_taken_back
from bot.domain.safety import detect_crisis


@pytest.mark.parametrize(
    "said",
    [
        "停车费一个月涨到八百 气得我想跳楼 哈哈 开玩笑的",
        "老板再不给钱我就喝农药 说的气话 别当真",
        "氣得我想跳樓 開個玩笑啦 噪音的事正常辦",
        "真想从楼上跳下去 说着玩的",
    ],
)
def test_taken_back(said):
    assert jest_taken_back(said, detect_crisis(said))


@pytest.mark.parametrize(
    "said",
    [
        "我不想活了 不是开玩笑",
        "你以为我开玩笑吗 我真的想跳楼",
        "开玩笑的 我真的想死",  # the joke said first, then the harm
        "想跳楼 哈哈",  # a laugh alone takes nothing back
        "开什么玩笑 我都想跳楼了",
        "我老公打我 开玩笑的",  # violence at home is never waved off here
        "我儿子说要跳楼 他说是开玩笑的",  # someone else at risk
        "我是认真的 说的不是气话 我想跳楼",
    ],
)
def test_still_a_crisis(said):
    signal = detect_crisis(said)
    assert signal is not None and not jest_taken_back(said, signal)
