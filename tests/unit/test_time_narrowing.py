"""A broad time said with the narrower one inside it ("去年下半年 九月份左右", "今年夏天 七八月份"): the narrower one is
kept, in the year the broad one said; a clock time with 以后 is no date (sug-012, hn-006, hm-011)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.parsing.occurred_at import extract_occurred_at

NOW = datetime(2026, 12, 5, 23, 30)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("去年下半年 九月份左右", "2025-09"),
        ("去年下半年，大概9月份", "2025-09"),
        ("今年夏天 七八月份", "2026-07"),
        ("前年冬天 十二月份", "2024-12"),
        ("去年年底 十二月", "2025-12"),
        ("去年冬天 一月份", "2026-01"),
        ("前年秋天 大概十月", "2024-10"),
        ("就今年九月份报名的时候", "2026-09"),
    ],
)
def test_the_narrower_time_in_the_year_said(text, start) -> None:
    found = extract_occurred_at(text, NOW)
    assert found is not None and found.normalized.split("~")[0].startswith(start)


def test_a_month_said_alone_keeps_its_own_year_and_a_season_alone_stays() -> None:
    assert extract_occurred_at("九月份", NOW).normalized == "2026-09"
    assert extract_occurred_at("今年夏天", NOW).normalized == "2026-05-05~2026-08-06"
    assert extract_occurred_at("2019年买的房，去年开始漏水", NOW).normalized == "2019"


@pytest.mark.parametrize("text", ["晚上十点以后只能打黑车", "晚上八点之后广场舞太吵"])
def test_a_clock_time_from_then_on_is_no_date(text) -> None:
    assert extract_occurred_at(text, NOW) is None


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("今年已经是第三年了", 2024),  # this year is the third: it began two years ago
        ("年底的奖励性绩效一直没发 公务员都发了 今年已经是第三年了", 2024),
        ("这是第二个年头了", 2025),
        ("都第4年了 还是没人管", 2023),
    ],
)
def test_the_nth_year_is_the_year_it_began(text, year):
    assert extract_occurred_at(text, now=NOW).start.year == year


def test_the_nth_year_of_something_else_is_no_year_counted_from_now():
    """ "结婚第二年就开始 最近一次是上个月": the second year of the marriage, not the year before this one."""
    assert extract_occurred_at("好几年了 结婚第二年就开始 最近一次是上个月", now=NOW).start.year == 2026
