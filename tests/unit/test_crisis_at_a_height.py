"""Someone up a crane or on a roof, threatening to jump, is asked to come down before any question; "我先下来了 在地上了"
is the all-clear (lead-046: the intake went on while he was up there, and his all-clear was not understood)."""

from __future__ import annotations

import pytest

from actions.crisis_timing import HOLD_AT_HEIGHT, at_a_height_now, hold_reply
from bot.domain.safety import says_safe_now


@pytest.mark.parametrize(
    "said",
    [
        "老板欠我们班组工钱十二万 一年了 今天再不给我就从塔吊上跳下去 我现在就在上面",
        "我在楼顶上呢 不给说法我就跳",
        "人已经站在天台上了",
        "我現在就在塔吊上坐著",  # traditional
    ],
)
def test_up_there_now_holds_the_questions(said):
    assert at_a_height_now(said)
    assert hold_reply(said) == HOLD_AT_HEIGHT


@pytest.mark.parametrize(
    "said", ["上个月我爬上塔吊要跳 被劝下来了", "楼顶漏水好几个月了", "塔吊天天在上面转 吵得很"]
)
def test_past_or_no_one_up_there(said):
    assert not at_a_height_now(said)


@pytest.mark.parametrize("said", ["好吧 我先下来了 在地上了", "我下来了", "已经回到地上了"])
def test_coming_down_is_the_all_clear(said):
    assert says_safe_now(said)


def test_down_but_danger_again_is_no_all_clear():
    assert not says_safe_now("他下来了又打我")
