"""A class the citizen names while leaving the choice to the bot ("你看着选 其他吧") is their choice."""

from __future__ import annotations

import pytest

from actions.category_help import class_named_beside
from actions.struggle import HelpChooseCategory
from tests.actions.conftest import make_tracker, run_action, texts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("这还要我选？ 你看着办 其他吧", "其他"),
        ("隨便選 城建吧", "城乡建设"),  # traditional characters, a short name
        ("你帮我选 环保吧", "环境保护"),
        ("你定吧，交通运输", "交通运输"),
        ("我哪懂 你帮我挑 民政的吧", "民政"),
    ],
)
def test_a_class_named_beside_the_request_is_taken(text, name):
    assert class_named_beside(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "你帮我选",
        "你帮我选 不是其他",  # ruled out
        "其他都不像 你选",
        "你看着选吧 民政还是城乡建设",  # two weighed: answered elsewhere
        "你帮我选吧 是打孩子的事 要警察管",  # the matter told, no class named
        "不晓得 这个算哪个",
    ],
)
def test_no_single_class_named(text):
    assert class_named_beside(text) is None


async def test_help_choosing_keeps_the_class_the_citizen_names():
    story = "管市场的人把我爸的菜摊子掀了 人也推倒了"
    tracker = make_tracker(
        "选什么类啊 你看着选 其他吧",
        intent="ask_help_choose",
        slots={"issue_text": story},
        requested_slot="category",
    )
    slots, dispatcher, _ = await run_action(HelpChooseCategory(), tracker)
    assert slots["category"] == "其他"
    assert "其他" in texts(dispatcher)
