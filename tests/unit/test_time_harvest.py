"""Villagers date by the farm year: "今年麦收后 七月底" is late July, not June to now; "清明前后" is about 清明."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from bot.parsing.occurred_at import extract_occurred_at

NOW = datetime(2026, 12, 6, 10, tzinfo=timezone(timedelta(hours=8)))


@pytest.mark.parametrize(
    ("said", "start"),
    [
        ("今年麦收后 七月底", date(2026, 7, 25)),
        ("麦收完了 8月初", date(2026, 8, 1)),
        ("去年秋收以后十月", date(2025, 10, 1)),
        ("最近一次砍樹是今年清明前後", date(2026, 4, 5)),
    ],
)
def test_the_month_after_a_harvest_is_the_time(said: str, start: date) -> None:
    found = extract_occurred_at(said, NOW)
    assert found is not None and found.start == start
