"""The day tests run "on": pinned, so relative times ("上个月", "去年三月") read the same every day.

`TEST_TODAY=YYYY-MM-DD` moves it; CI runs the tests marked `dates` on a few other days (`make test-dates`).
"""

from __future__ import annotations

import os
from datetime import date, datetime, time

TODAY = date.fromisoformat(os.environ.get("TEST_TODAY") or "2026-11-28")
NOW = datetime.combine(TODAY, time(10, 0))


def month_shift(months: int, day: int | None = None) -> str:
    """`months` before (negative) or after today's month, as the intake writes it: 2026-10 or 2026-10-15."""
    index = TODAY.year * 12 + TODAY.month - 1 + months
    text = f"{index // 12:04d}-{index % 12 + 1:02d}"
    return f"{text}-{day:02d}" if day else text


def last_year(month: int | None = None) -> str:
    return f"{TODAY.year - 1}-{month:02d}" if month else str(TODAY.year - 1)
