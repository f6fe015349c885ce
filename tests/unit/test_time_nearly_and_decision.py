"""Times that need a second look: a stretch said as "nearly" (快一年了), the lunar months (腊月), and the date of
a written decision that an inspection or an application led to."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.parsing.occurred_at import extract_occurred_at

NOW = datetime(2026, 12, 6, 10, 0)


def when(text: str) -> str | None:
    found = extract_occurred_at(text, NOW)
    return found.normalized if found else None


@pytest.mark.parametrize(
    ("said", "start"),
    [
        (
            "你好 我老伴去年腊月走了 他是退休工人 社保那边说丧葬费和抚恤金要等 等了快一年了 一分钱没见到",
            "2026-01-19",
        ),
        ("我老伴去年腊月走了 等了快一年了", "2026-01-19"),
        ("等了快一年了", "2025-12-01"),
        ("抽了快两个月了", "2026-10-01"),
        ("快半年了", "2026-06-01"),
        ("差不多三个月了 没人管", "2026-09-01"),
    ],
)
def test_nearly_a_stretch_is_a_little_less(said, start):
    assert when(said).startswith(start)


def test_a_whole_stretch_is_still_its_own_year():
    assert when("一年了") == "2025"


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("决定书是11月20号下来的 来查是十月份", "2026-11-20"),
        ("十月份来检查的 处罚决定11月20日送达", "2026-11-20"),
        ("2026年10月12日向住建局书面申请公开 该局于11月3日以过程性信息为由答复不予公开", "2026-11-03"),
    ],
)
def test_the_decision_is_the_matter_not_the_steps_before(said, expected):
    assert when(said) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("2019年买的房 今年收到整改通知", "2019"),
        ("十月份来检查 没开罚单", "2026-10"),
    ],
)
def test_without_a_dated_decision_the_earliest_time_stays(said, expected):
    assert when(said) == expected
