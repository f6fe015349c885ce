"""The time "两个月前" is the month that many months back (October in December), not a two-month range before it;
"两个多月前" stays the wider range."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.parsing.occurred_at import extract_occurred_at

SUNDAY = datetime(2026, 12, 6, 18, 30)


@pytest.mark.parametrize(
    ("said", "normalized"),
    [
        ("两个月前", "2026-10"),
        ("三个月之前发票就被锁了", "2026-09"),
        ("兩個月以前", "2026-10"),  # traditional characters
        ("２个月前", "2026-10"),  # a full-width digit
        ("十二个月前", "2025-12"),
    ],
)
def test_months_ago_is_that_month(said, normalized):
    found = extract_occurred_at(said, SUNDAY)
    assert found is not None and found.normalized == normalized


def test_more_than_months_ago_stays_wide():
    found = extract_occurred_at("两个多月前", SUNDAY)
    assert found is not None and found.start.month == 9
