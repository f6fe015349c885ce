"""The 12345 lines (12319 housing, 12328 transport, 12369 environment, 12315 market) are one reading: they share the
same advice and differ only in the department, so their scores add up before the routes are compared. A story the
model splits between two 12345 lines is not filed as an ordinary petition that each line alone just beats."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route

SPLIT_12345 = {
    "petition": 0.3,
    "hotline_12345/transport": 0.26,
    "hotline_12345/environment": 0.22,
    "hotline_12345/market": 0.04,
    "administrative_review": 0.18,
}


@pytest.mark.parametrize(
    "story",
    [
        "村里的桥让大水冲垮了一半 娃娃们天天要过",
        "村裏嘅橋俾大水沖爛咗",  # Cantonese, traditional characters
        "镇上那条路的排水沟堵了 一下雨路上就全是泥水",
    ],
)
def test_the_12345_lines_add_up(story: str) -> None:
    decision = decide_route(story, "交通运输", "none", scores=SPLIT_12345)
    assert decision.label == "hotline_12345/transport", decision.reason
    assert decision.confidence > 0.5  # the lines together, not transport alone


def test_one_12345_line_is_compared_as_it_is() -> None:
    scores = {"petition": 0.5, "hotline_12345/transport": 0.3, "administrative_review": 0.2}
    assert decide_route("村里的桥垮了", "交通运输", "none", scores=scores).code == "petition"


def test_a_clear_petition_stays_one() -> None:
    scores = {
        "petition": 0.7,
        "hotline_12345/transport": 0.1,
        "hotline_12345/environment": 0.1,
        "suggestion": 0.1,
    }
    assert decide_route("村里的桥垮了", "交通运输", "none", scores=scores).code == "petition"
