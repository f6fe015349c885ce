"""A time on record named as wrong ("不是8月 是7月就没发了") is a correction of the time, not more story."""

from __future__ import annotations

from datetime import datetime

import pytest

from actions import services
from actions.correction_parse import is_explicit_correction
from actions.corrections import CorrectDetail
from bot.parsing.time_rules import shift_months
from bot.parsing.vague_period import names_time_on_record
from tests.actions.conftest import make_tracker, run_action

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


@pytest.mark.parametrize(
    ("said", "recorded", "names"),
    [
        ("一个多月", "2026-11", True),  # "路灯坏了一个多月了" on record as last month
        ("三年", "2023", True),
        ("半年", "2026-06", True),
        ("两个多月", "2026-11", False),  # the new value, not the one on record
        ("三個月", "2026-11", False),
    ],
)
def test_a_bare_duration_names_the_time_it_points_back_to(said, recorded, names):
    """lead-114: "不是一个多月 是两个多月" named no detail, and "想修改哪一项" was asked."""
    assert names_time_on_record(said, recorded, NOW) is names


def _months_back(months: int) -> str:
    today = services.now_local().date()
    return shift_months(today, -months).strftime("%Y-%m")


@pytest.mark.parametrize(
    "text",
    ["不是一个多月 是两个多月 其他对", "不是一个多月，两个多月了", "不係一個多月 係兩個多月"],
)
async def test_a_duration_put_right_without_its_label_changes_the_time(text):
    slots = {
        "issue_text": "小区门口的路灯坏了 晚上黑漆漆的",
        "occurred_at": _months_back(1),
        "petitioner_name": "吴敏",
        "awaiting_confirmation": True,
    }
    updates, _, _ = await run_action(
        CorrectDetail(), make_tracker(text, intent="correct_detail", slots=slots, active_loop=None)
    )
    assert updates.get("occurred_at") == _months_back(2)
    assert "issue_text" not in updates and "petitioner_name" not in updates
