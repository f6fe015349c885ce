"""Where the harm happened, told beside where the citizen is now (hx-017): the home's place when the message says it
happened at home, else nothing."""

from __future__ import annotations

import pytest

from bot.parsing.place_scene import home_scene_said


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("株洲市芦淞区建设街道 家是在荷塘区 他打我是在家里", "荷塘区"),
        ("我家在城关镇 他在家里打的我", "城关镇"),
        ("我家住天心区 昨天在家里他又动手了", "天心区"),
        ("家里是在开福区的 在家中打的", "开福区"),
    ],
)
def test_the_home_is_the_scene_when_it_happened_at_home(text: str, place: str) -> None:
    assert home_scene_said(text) == place


@pytest.mark.parametrize(
    "text",
    ["家在雨花区", "他打我是在家里", "我在我妈家 株洲市芦淞区", "我家在城关镇 在家开了个小卖部"],
)
def test_otherwise_nothing(text: str) -> None:
    assert home_scene_said(text) is None
