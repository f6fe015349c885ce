"""A story's "前几天" is an estimate: a weekday or a date told after it ("上礼拜三") replaces it, as any
estimate of how long ago is replaced."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.parsing.occurred_at import extract_occurred_at
from bot.parsing.vague_period import replaces_estimate

SUNDAY = datetime(2026, 12, 6, 18, 30)
STORY = "前几天执法的人来说我们没办证 罚了两千"


@pytest.mark.parametrize(
    ("said", "replaces"),
    [
        ("上礼拜三", True),
        ("上星期五来的", True),
        ("上禮拜三", True),  # traditional characters
        ("11月27号", True),
        ("去年", False),  # wider than the estimate
    ],
)
def test_a_day_told_later_replaces_a_few_days_back(said, replaces):
    known = extract_occurred_at(STORY, SUNDAY).normalized
    assert replaces_estimate(STORY, known, extract_occurred_at(said, SUNDAY), SUNDAY) is replaces
