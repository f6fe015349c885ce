"""Villagers' head counts: "百十户" is about a hundred (not 110), "就俺一家" one household, kept in the words said."""

from __future__ import annotations

import pytest

from bot.parsing.people import extract_people_count, people_count_as_said


@pytest.mark.parametrize(
    ("said", "kept", "count"),
    [
        ("百十户", "百十户", 100),
        ("全村百十户都吃这口水", "百十户", 100),
        ("百十来户", "百十来户", 100),
        ("百十口人", None, 100),
        ("一百一十户", "110户", 110),  # an exact count stays exact
        ("说了就俺一家", "说了就俺一家", 1),
        ("俺知道的就他亲戚一家 叫贾二旦", "俺知道的就他亲戚一家", 1),
        ("只有俺们一户", "只有俺们一户", 1),
        ("就咱一家人", "就咱一家人", 1),
    ],
)
def test_village_counts(said: str, kept: str | None, count: int) -> None:
    if kept is not None:
        assert people_count_as_said(said) == kept
    assert extract_people_count(people_count_as_said(said) or said) == count


@pytest.mark.parametrize(
    ("said", "count"), [("就我一家 还有隔壁三家", None), ("就我一家 医保卡是我跟我老伴的", 2)]
)
def test_more_than_one_household_alone(said: str, count: int | None) -> None:
    assert extract_people_count(said) == count
