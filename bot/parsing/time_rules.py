"""Time expressions jionlp 1.5 misses, read by rule: 上个月, 本月, 12月份, 九月, 11.20, 前几天, 过了年.

Each gives a `Cand` (where it stands in the text, its words, the first and last day it can mean); nothing
after today. `bot.parsing.occurred_at` weighs them with jionlp's. Also the span a duration said as "how long
ago" points back to (`delta_anchor`: "三个月了", "大半年了").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

_CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_CN_NUM.update({"十一": 11, "十二": 12})
_REL_MONTHS = {"上上个月": -2, "上上月": -2, "上个月": -1, "上月": -1, "本月": 0, "这个月": 0}
_REL_MONTH_RE = re.compile("|".join(_REL_MONTHS))
_BARE_MONTH_RE = re.compile(r"(?<![年\d])(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?(?![\d日号])")
# "11.20买的", "离职是10.31", "10.31离职": month and day with a dot; not an amount or a measure ("3.5万", "8.6w", "1.2米")
_DOTTED_DATE_RE = re.compile(
    r"(?<![\d.])(1[0-2]|0?[1-9])\.(3[01]|[12]\d|0?[1-9])"
    r"(?![\d.%‰wWkK元块万千百亿米斤亩平公吨克个分秒度倍折寸尺升码两角毛美欧镑磅岁楼层栋号线路期届级])"
)
# "今年已经是第三年了", "这是第二个年头": this year is the Nth, so it began N-1 years ago
_NTH_YEAR_RE = re.compile(
    r"(?:今年|这)?(?:已经|都)?(?:是)?第(?P<n>[二两三四五六七八九十]|[2-9]|10)个?年(?:头)?(?:了)?"
)
_FEW_DAYS_RE = re.compile(r"前几天|几天前|前些天|前些日子|这几天|最近几天|近几天|这些天")
# "这两天又犯了", "这一两天": the last couple of days, today with them (not the week "这几天" may mean)
_COUPLE_OF_DAYS_RE = re.compile(r"这一?两天|这俩天|最近两天|这两日")
# "(今年)过了年", "过完年", "年后", "春节过后": after the Spring Festival of that year (the last one passed)
_AFTER_NEW_YEAR_RE = re.compile(
    r"(?:(?P<year>今年|去年|前年)的?)?(?:过了年|过完年|过罢年|过了春节|过完春节|春节过后|过年后|过年以后"
    r"|(?:^|(?<=[\s,，。从自打就]))年后)(?![底初中末])"
)
_YEARS_BACK = {"今年": 0, "去年": 1, "前年": 2}


@dataclass(frozen=True)
class Cand:
    offset: int
    text: str
    start: date
    end: date
    from_duration: bool = False  # "半年多了": counted back from today, about, not a date said


def shift_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return clamp_day(year, month + 1, d.day)


def clamp_day(year: int, month: int, day: int) -> date:
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day, last))


def month_span(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    return first, shift_months(first, 1) - timedelta(days=1)


_MONTH_NUM = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
# "八九月份", "十一二月": two months running, said as one; "8-9月", "8月到9月", "七、八月份"
_MONTH_PAIR_RE = re.compile(
    r"(?<![\d一二三四五六七八九十])(?P<a>十一|十|[一二三四五六七八九])(?P<b>[一二三四五六七八九十])月份?"
)
_MONTH_RANGE_RE = re.compile(
    rf"(?<![\d年.])(?P<a>{_MONTH_NUM})月?(?:份)?(?:-|~|—|－|到|至|、|和|或)(?P<b>{_MONTH_NUM})月份?(?![\d日号])"
)


def _month_value(num: str) -> int:
    return int(num) if num.isdigit() else _CN_NUM[num]


def month_ranges(norm: str, today: date) -> list[Cand]:
    """Months said as a stretch ("今年八九月份" → August to September), the last such stretch passed."""
    cands = []
    for m in (*_MONTH_PAIR_RE.finditer(norm), *_MONTH_RANGE_RE.finditer(norm)):
        first, last = _month_value(m.group("a")), _month_value(m.group("b"))
        if m.re is _MONTH_PAIR_RE and m.group("a") == "十一" and m.group("b") == "二":
            last = 12  # "十一二月"
        if m.re is _MONTH_PAIR_RE and last != first + 1 or not 1 <= first < last <= 12:
            continue
        year = today.year if first <= today.month else today.year - 1
        start, end = month_span(year, first)[0], month_span(year, last)[1]
        cands.append(Cand(m.start(), m.group(), start, min(end, today)))
    return cands


def nth_year_candidates(norm: str, today: date) -> list[Cand]:
    """ "今年已经是第三年了": the year it began, more exact than jionlp's "今年" inside it."""
    cands = []
    for m in _NTH_YEAR_RE.finditer(norm):
        if not (m.group().startswith(("今年", "这", "已经", "都")) or m.group().endswith("了")):
            continue  # "结婚第二年就开始": the second year of something else, not counted from this one
        first = today.year - ((int(m["n"]) if m["n"].isdigit() else _CN_NUM[m["n"]]) - 1)
        cands.append(Cand(m.start(), m.group(), date(first, 1, 1), date(first, 12, 31)))
    return cands


def rule_candidates(norm: str, today: date, festival: Callable[[int], date | None]) -> list[Cand]:
    """`festival(year)`: the day of that year's Spring Festival (a lunar date: jionlp knows it)."""
    cands = []
    for m in _REL_MONTH_RE.finditer(norm):
        month = shift_months(today, _REL_MONTHS[m.group()])
        cands.append(Cand(m.start(), m.group(), *month_span(month.year, month.month)))
    for m in _BARE_MONTH_RE.finditer(norm):
        num = m.group(1)
        month = int(num) if num.isdigit() else _CN_NUM[num]
        year = today.year if month <= today.month else today.year - 1
        cands.append(Cand(m.start(), m.group(), *month_span(year, month)))
    for m in _DOTTED_DATE_RE.finditer(norm):  # "11.20买的": month and day with a dot
        month, day = int(m.group(1)), int(m.group(2))
        year = today.year if (month, day) <= (today.month, today.day) else today.year - 1
        when = clamp_day(year, month, day)
        cands.append(Cand(m.start(), m.group(), when, when))
    for m in _FEW_DAYS_RE.finditer(norm):
        cands.append(Cand(m.start(), m.group(), today - timedelta(days=7), today - timedelta(days=1)))
    for m in _COUPLE_OF_DAYS_RE.finditer(norm):
        cands.append(Cand(m.start(), m.group(), today - timedelta(days=2), today))
    for m in _AFTER_NEW_YEAR_RE.finditer(norm):
        found = _after_new_year(m, today, festival)
        if found:
            cands.append(found)
    return [Cand(c.offset, c.text, c.start, min(c.end, today)) for c in cands if c.start <= today]


def _after_new_year(m: re.Match[str], today: date, festival: Callable[[int], date | None]) -> Cand | None:
    """From the Spring Festival to the end of that year; with no year named, the last festival passed."""
    year = today.year - _YEARS_BACK.get(m.group("year") or "", 0)
    day = festival(year)
    if not m.group("year") and day is not None and day > today:
        year -= 1
        day = festival(year)
    if day is None or day > today:
        return None
    offset = m.start() + len(m.group("year") or "")  # the year word itself is jionlp's
    return Cand(offset, m.group()[offset - m.start() :], day, date(year, 12, 31))


# "大半年", "大半个月": more than half, jionlp says up to nine tenths; people who mean longer say "快一年", so the
# greater part is read as up to three quarters of it ("大半年了" in December: from March to June)
BLUR_FARTHEST = 0.75


def delta_anchor(detail: dict[str, float] | list[dict[str, float]], today: date) -> tuple[date, date] | None:
    """A duration said as "how long ago" ("三个月了", "大半年了") as the span it points back to from today."""
    try:
        if isinstance(detail, list):  # a blurred range: the whole stretch it allows, farthest first
            return blurred_span(detail, today)
        return delta_span(detail, today)
    except (ValueError, OverflowError):  # "99999个月了": before year 1, no date of a matter
        return None


def blurred_span(bounds: list[dict[str, float]], today: date) -> tuple[date, date] | None:
    """ "大半年了" ([half a year, nine tenths]): from the farther bound, capped at three quarters, to the nearer."""
    if not bounds:
        return None
    nearer = delta_span(bounds[0], today)
    farther = {unit: min(amount, BLUR_FARTHEST) for unit, amount in bounds[-1].items()}
    farthest = delta_span(farther, today)
    if nearer is None or farthest is None:
        return nearer or farthest
    return min(farthest[0], nearer[0]), max(farthest[1], nearer[1])


def nearly_span(detail: dict, today: date) -> tuple[date, date] | None:
    """ "快一年了", "将近三个月了": the months from the whole stretch back to a little less (a year: 12 to 10
    months back; three months: 3 to 2), or None for a stretch counted in days or a blurred one."""
    if not isinstance(detail, dict) or set(detail) - {"year", "month"}:
        return None
    months = round(detail.get("year", 0) * 12 + detail.get("month", 0))
    if months < 2:
        return None
    farthest, nearest = shift_months(today, -months), shift_months(today, -(months - max(1, months // 6)))
    return month_span(farthest.year, farthest.month)[0], month_span(nearest.year, nearest.month)[1]


def delta_span(detail: dict[str, float], today: date) -> tuple[date, date] | None:
    years, months = detail.get("year", 0), detail.get("month", 0)
    days = detail.get("day", 0) + 7 * detail.get("week", 0)
    if years and not months and float(years).is_integer():
        year = today.year - int(years)
        return date(year, 1, 1), date(year, 12, 31)
    if not years and 0 < months < 1:  # "半个月": about fifteen days, not this month
        days, months = days + round(months * 30), 0
    if years or months:  # "半年" is 0.5 years: anchor at month precision
        back = shift_months(today, -round(years * 12 + months))
        return month_span(back.year, back.month)
    if days:
        day = today - timedelta(days=round(days))
        return day, day
    return None


# "两个月前", "三个月之前": the month that many months back ("两个多月前" is left to jionlp's wider range)
_MONTHS_AGO_RE = re.compile(r"(?P<n>十一|十二|[一二两三四五六七八九十]|1[0-2]|[1-9])个月(?:以前|之前|前)")


def months_ago_candidates(norm: str, today: date) -> list[Cand]:
    """ "两个月前" in December is October, the month itself, not jionlp's September to October."""
    cands = []
    for m in _MONTHS_AGO_RE.finditer(norm):
        month = shift_months(today, -_month_value(m.group("n")))
        cands.append(Cand(m.start(), m.group(), *month_span(month.year, month.month)))
    return cands
