"""Where matters are growing (信访大数据): counts by category, place and ISO week against the previous period.

Counted in SQL with GROUP BY over `filed_on` (the local filing date); only labels are made in Python.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import case, func, literal_column, select
from sqlalchemy.orm import sessionmaker

from bot.cases.models import Case
from bot.gazetteer import get_gazetteer

PLACE_LEVELS: dict[str, int] = {"province": 2, "city": 4, "county": 6}  # GB/T 2260 code prefix length
UNCATEGORISED = "未分类"
UNKNOWN_PLACE = "未知地点"


@dataclass(frozen=True)
class TrendRow:
    key: str | None  # category, place code prefix or ISO week ("2026-W47"); None: not recorded
    label: str
    current: int
    previous: int
    change: int  # current - previous
    ratio: float | None  # change / previous; None when previous is 0


@dataclass(frozen=True)
class Period:
    date_from: date
    date_to: date  # inclusive

    @property
    def days(self) -> int:
        return (self.date_to - self.date_from).days + 1

    @property
    def label(self) -> str:
        return f"{self.date_from.isoformat()} 至 {self.date_to.isoformat()}"


@dataclass(frozen=True)
class TrendReport:
    by_category: list[TrendRow]
    by_place: list[TrendRow]
    by_week: list[TrendRow]  # each ISO week of the period against the week before it
    rising_categories: list[TrendRow]
    rising_places: list[TrendRow]
    period: Period
    previous_period: Period
    place_level: str = "city"


def make_row(key: str | None, label: str, current: int, previous: int) -> TrendRow:
    change = current - previous
    return TrendRow(key, label, current, previous, change, change / previous if previous else None)


def rising(rows: list[TrendRow], limit: int = 10) -> list[TrendRow]:
    """Biggest absolute rise first, then the steepest; something new (previous 0) ranks as steepest."""
    up = [row for row in rows if row.change > 0]
    up.sort(key=lambda r: (-r.change, -(r.ratio if r.ratio is not None else float("inf")), r.label))
    return up[:limit]


def previous_of(period: Period) -> Period:
    end = period.date_from - timedelta(days=1)
    return Period(end - timedelta(days=period.days - 1), end)


def _grouped(sessions: sessionmaker, key, period: Period, previous: Period) -> list[tuple[Any, int, int]]:
    in_current = Case.filed_on >= period.date_from
    query = (
        select(
            key,
            func.sum(case((in_current, 1), else_=0)),
            func.sum(case((in_current, 0), else_=1)),
        )
        .where(Case.filed_on.between(previous.date_from, period.date_to))
        .group_by(key)
    )
    with sessions() as session:
        return [(k, int(cur or 0), int(prev or 0)) for k, cur, prev in session.execute(query)]


def _sorted(rows: list[TrendRow]) -> list[TrendRow]:
    return sorted(rows, key=lambda r: (-r.current, -r.previous, r.label))


def _place_label(code: str | None) -> str:
    if not code:
        return UNKNOWN_PLACE

    division = get_gazetteer().get(code)
    return division.full_name if division is not None else code


def _week_key(day: date) -> tuple[int, int]:
    year, week, _ = day.isocalendar()
    return year, week


def week_label(year: int, week: int) -> str:
    monday = date.fromisocalendar(year, week, 1)
    sunday = monday + timedelta(days=6)
    return f"{year}-W{week:02d} ({monday.month}月{monday.day}日–{sunday.month}月{sunday.day}日)"


def _by_week(sessions: sessionmaker, period: Period, previous: Period) -> list[TrendRow]:
    # daily counts from SQL (portable), bucketed into ISO weeks here
    query = (
        select(Case.filed_on, func.count())
        .where(Case.filed_on.between(previous.date_from, period.date_to))
        .group_by(Case.filed_on)
    )
    current: Counter[tuple[int, int]] = Counter()
    any_day: Counter[tuple[int, int]] = Counter()
    with sessions() as session:
        for day, count in session.execute(query):
            any_day[_week_key(day)] += count
            if day >= period.date_from:
                current[_week_key(day)] += count
    rows = []
    monday = period.date_from - timedelta(days=period.date_from.weekday())
    while monday <= period.date_to:
        year, week = _week_key(monday)
        before = _week_key(monday - timedelta(days=7))
        rows.append(
            make_row(f"{year}-W{week:02d}", week_label(year, week), current[(year, week)], any_day[before])
        )
        monday += timedelta(days=7)
    return rows


def trend_report(
    sessions: sessionmaker, *, date_from: date, date_to: date, place_level: str = "city"
) -> TrendReport:
    """Counts of cases filed in [date_from, date_to] against the same number of days just before.

    Weeks compare with the week before them (counting only filing dates from the previous period on).
    """
    if date_from > date_to:
        raise ValueError("开始日期不能晚于结束日期。")
    if place_level not in PLACE_LEVELS:
        raise ValueError("地区层级只能是省、市或县。")
    period = Period(date_from, date_to)
    previous = previous_of(period)
    by_category = _sorted(
        [
            make_row(key, key or UNCATEGORISED, cur, prev)
            for key, cur, prev in _grouped(sessions, Case.category, period, previous)
        ]
    )
    # literal lengths: PostgreSQL only matches GROUP BY to the selected expression without bound parameters
    length = PLACE_LEVELS[place_level]
    prefix = func.substr(Case.location_code, literal_column("1"), literal_column(str(length)))
    by_place = _sorted(
        [
            make_row(key or None, _place_label(key), cur, prev)
            for key, cur, prev in _grouped(sessions, prefix, period, previous)
        ]
    )
    return TrendReport(
        by_category=by_category,
        by_place=by_place,
        by_week=_by_week(sessions, period, previous),
        rising_categories=rising(by_category),
        rising_places=rising(by_place),
        period=period,
        previous_period=previous,
        place_level=place_level,
    )
