"""A time said again, more loosely, of the one on record: "是上礼拜被打了" when 上周三 is recorded. It holds the
record whole, so it changes nothing; only a time that differs from the record corrects it."""

from __future__ import annotations

from datetime import datetime

from bot.parsing.occurred_at import extract_occurred_at, span_of


def restates_the_record(text: str | None, recorded: object, now: datetime) -> bool:
    """Does the time in `text` hold the recorded one (``OccurredAt.normalized``) whole?"""
    span = span_of(recorded if isinstance(recorded, str) else None)
    said = extract_occurred_at(text, now) if span else None
    return said is not None and span is not None and said.start <= span[0] and span[1] <= said.end
