"""A disability allowance stopped (残疾人两项补贴): the route names the 残联 and 民政 and the 残联's line 12385;
a 低保 stopped keeps the 民政 note alone."""

from __future__ import annotations

import pytest

from bot.domain.knowledge import explain_route


@pytest.mark.parametrize(
    "story",
    ["残疾人两项补贴从九月份就停了 问残联说系统里没我了", "俺儿子的護理補貼停了 殘聯說不符合"],
)
def test_a_disability_allowance_names_the_federation_line(story: str) -> None:
    text = explain_route("administrative_review", "review_first", story=story)
    assert "12385" in text and "残联" in text


def test_a_subsistence_allowance_gets_no_disability_line() -> None:
    text = explain_route("administrative_review", "review_first", story="俺的低保给停了 镇上说家里有车")
    assert "12385" not in text and "民政部门" in text
