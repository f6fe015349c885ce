"""A time on record named as wrong ("不是8月 是7月就没发了") is a correction of the time, not more story."""

from __future__ import annotations

from datetime import datetime

import pytest

from actions.correction_parse import is_explicit_correction
from bot.parsing.vague_period import names_time_on_record

NOW = datetime(2026, 12, 5, 10)


@pytest.mark.parametrize(
    ("said", "recorded", "names"),
    [
        ("8月", "2026-08", True),
        ("八月份", "2026-08", True),
        ("8月", "2026", True),
        ("去年", "2025-03", False),  # wider than the time on record: it starts before it
        ("7月", "2026-08", False),
        ("8月", "未提供", False),
        ("8月", None, False),
    ],
)
def test_the_time_named_is_the_one_on_record(said, recorded, names):
    assert names_time_on_record(said, recorded, NOW) is names


@pytest.mark.parametrize("text", ["不是8月 是7月就没发了", "不是8月份 是7月", "不是八月 是七月开始停的"])
def test_a_time_denied_is_an_explicit_correction(text):
    """hl-035: the message was added to the story and the time left at 2026-08."""
    assert is_explicit_correction(text, {"occurred_at": "2026-08"}, reviewing=True)


def test_a_time_not_on_record_denied_is_no_correction_of_it():
    assert not is_explicit_correction("不是8月 是7月就没发了", {"occurred_at": "2025"}, reviewing=True)
