"""Two visits told by their weekdays ("这周二来的 周四又来了") date the matter from the first, not the later bare
weekday that the whole message read at once gives."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.parsing.occurred_at import extract_occurred_at

SUNDAY = datetime(2026, 12, 6, 18, 30)


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("这周二来的 周四又来了一次", "2026-12-01"),
        ("这个礼拜二来的 礼拜四又来了", "2026-12-01"),
        ("這週二來查過 週四又來了", "2026-12-01"),  # traditional characters
        ("本周一来过 周五又来罚", "2026-11-30"),
    ],
)
def test_the_first_of_two_weekdays(said, day):
    found = extract_occurred_at(said, SUNDAY)
    assert found is not None and found.normalized == day


def test_a_single_weekday_still_reads():
    found = extract_occurred_at("周四又来了一次", SUNDAY)
    assert found is not None and found.normalized == "2026-12-03"
