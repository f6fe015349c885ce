"""Dialect time words, school terms and a due date that passed undone (bot.parsing.time_context)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.parsing.occurred_at import extract_occurred_at

DECEMBER = datetime(2026, 12, 5, 10)  # a Saturday in the autumn term
APRIL = datetime(2026, 4, 20, 10)  # the spring term


def _found(text: str, now: datetime) -> str | None:
    result = extract_occurred_at(text, now)
    return result.normalized if result else None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("旧年十月", "2025-10"),  # Cantonese: last year
        ("舊年十月嘅事", "2025-10"),  # traditional characters
        ("我哋旧年三月份开始冇收到钱", "2025-03"),
        ("上年10月份开始拖的", "2025-10"),  # northern speech
        ("上年底就说要修", "2025-11-01~2025-12-31"),
        ("琴日又嚟吵", "2026-12-04"),  # Cantonese: yesterday
        ("寻日啲人又嚟", "2026-12-04"),
        ("上年纪的人走不动", None),  # getting on in years, no date
        ("晚上年轻人在楼下吵", None),
        ("旧年代的房子", None),
    ],
)
def test_dialect_words_for_last_year_and_yesterday(text, found):
    assert _found(text, DECEMBER) == found


@pytest.mark.parametrize(
    ("text", "now", "found"),
    [
        ("这学期开学的时候", DECEMBER, "2026-09"),
        ("开学时候收的", DECEMBER, "2026-09"),
        ("刚开学那会儿就收了四百", DECEMBER, "2026-09"),
        ("這學期開學的時候", DECEMBER, "2026-09"),
        ("去年开学的时候交的", DECEMBER, "2025-09"),
        ("这学期开学的时候", datetime(2027, 1, 10), "2026-09"),  # January is still the autumn term
        ("这学期开学的时候", APRIL, "2026-02-01~2026-03-31"),  # the spring term
        ("上学期", DECEMBER, "2026-02-01~2026-07-15"),
        ("上学期就开始收了", APRIL, "2025-09-01~2026-01-31"),
        ("这学期收了两次", DECEMBER, "2026-09-01~2026-12-05"),
        ("学校每学期都要收四百块", DECEMBER, None),  # every term: a habit, no date
        ("下学期开学再说", DECEMBER, None),  # not come yet
        ("等开学了我再去问", DECEMBER, None),
        ("快开学了还没通知", DECEMBER, None),
        ("这学期开学开始的", DECEMBER, "2026-09"),  # since the term began
        ("开学以后就一直收", DECEMBER, "2026-09"),
        ("本学期开学至今", DECEMBER, "2026-09"),
        ("下学期开学的时候再交", DECEMBER, None),
        ("下个学期开学开始收", DECEMBER, None),
    ],
)
def test_a_school_term_by_the_school_calendar(text, now, found):
    assert _found(text, now) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "我2024年在朝阳区买了远洋天著的房子，合同约定2026年6月30日交房，到现在还没交",
            "2026-06-30",
        ),
        ("前年签的合同，说好去年10月交房，至今未交付", "2025-10"),
        ("2023年買的房 合同寫明2025年12月交付 現在還沒交", "2025-12"),
        ("2024年购房，约定今年5月交房，已经逾期半年", "2026-05"),
        # no due date missed: the earliest time still wins
        ("19年买的房 到现在没交房", "2019"),
        ("我在2019年买的房子，去年开始漏水", "2019"),
        # a due date not yet come dates nothing; the deal stays
        ("2024年买的房，合同约定2027年交房", "2024"),
        # what was done before the due date, other than a deal, still comes first
        ("2023年3月开始施工，约定2025年交房，到现在没交", "2023-03"),
    ],
)
def test_a_due_date_missed_dates_the_matter_not_the_deal(text, found):
    assert _found(text, DECEMBER) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("征收办农历八月十五前后来谈的", "2026-09-25"),  # hj-011 was filed as 2026年8月
        ("去年国庆前后 他收了钱", "2025-10-01"),
        ("国庆节前后开始不来电梯了", "2026-10-01"),
        ("春节前后", "2026-02-17"),
        ("上个月20号前后", "2026-11-20"),
        ("十五号左右吧", "2026-11-15"),
        ("去年十月左右", "2025-10"),
    ],
)
def test_about_a_day_is_that_day(text, found):
    """ "前后"/"左右" after a festival or a day means about then, not before it."""
    assert _found(text, DECEMBER) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # hj-028 was filed at the five months of fees owed, not the two years since the daughter came
        ("她女儿拿走了她的存折和退休金卡，两年没来看过，院里的费用也欠了五个月", "2024"),
        ("两年没来看过", "2024"),
        ("半年没人管", "2026-06"),
        ("我干了两年没签合同", None),  # how long the job lasted, not when the matter began
    ],
)
def test_a_clause_that_begins_with_a_stretch_without_something(text, found):
    assert _found(text, DECEMBER) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "时间不对 拆是上个月拆的 十一月二十几号 六年是盖的时间",
            "2026-11-21~2026-11-30",
        ),  # hn-008: was 2025-12-28
        ("11月20几号", "2026-11-21~2026-11-30"),
        ("去年十一月二十几号", "2025-11-21~2025-11-30"),  # was 2026-01-08
        ("今年3月廿几号", "2026-03-21~2026-03-31"),
        ("三月十几号", "2026-03-11~2026-03-20"),
        ("十月初几号", "2026-10-01~2026-10-10"),
        ("3月十几天没人管", "2026-03"),  # a number of days, not a date
    ],
)
def test_some_day_of_a_month_is_that_part_of_it(text, found):
    """ "二十几号", "十几号", "初几" after a month: that part of the month, never a date jionlp invents."""
    assert _found(text, DECEMBER) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("孩子学校周六强制补课 一个月收600 说是自愿", None),  # every Saturday
        ("周日加班 每个月都不给钱", None),
        ("礼拜六都要去厂里 经常不给加班费", None),
        ("星期三停的水 天天打电话没人管", "2026-12-02"),  # the water was cut once, that Wednesday
        ("周六他又来闹了 天天这样", "2026-12-05"),
        ("上周六他又来闹了", "2026-11-28"),
    ],
)
def test_a_weekday_of_a_habit_is_no_date(text, found):
    assert _found(text, datetime(2026, 12, 6, 8)) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("路灯是夏天就坏了", "2026-05-05~2026-08-06"),  # a season the matter began in
        ("不是上个月 路灯是夏天就坏了 摔跤是上个月", "2026-05-05~2026-08-06"),
        ("夏天开始的 一直没修", "2026-05-05~2026-08-06"),
        ("夏天苍蝇很多", None),  # how things are in summer, no date
        ("冬天冷夏天热", None),
    ],
)
def test_a_bare_season_dates_the_matter_only_when_something_began_then(text, found):
    assert _found(text, DECEMBER) == found
