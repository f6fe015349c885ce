"""How much of a route's limitation period is left, by the time the story gives (the case's `occurred_at`).

The period is data (`limitation:` of a route in knowledge/legal_routes.yml). It counts from when the citizen knew
or should have known, which may be later than the recorded time, and a vague time ("2024年") only bounds it: so an
exact date is said only for an exact day, and a period that may have run out is said as "可能", never as lost.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.domain.knowledge import load_knowledge
from bot.domain.knowledge_records import Knowledge, Limitation
from bot.domain.text import normalize_for_parsing
from bot.domain.time_start import period_start
from bot.parsing.occurred_at import span_of
from bot.parsing.time_rules import shift_months

_RUNS = re.compile(r"(?P<n>\d+)(?P<unit>日|个月|年)")
# below this many days left the warning says the time is short
SHORT_DAYS = 30
LEGAL_HELP = "12348"


def period_end(start: date, runs: str) -> date:
    """The last day of a period of `runs` ("60日", "6个月", "1年") that starts on `start`."""
    found = _RUNS.fullmatch(runs)
    if found is None:
        raise ValueError(f"not a period: {runs!r}")
    n, unit = int(found["n"]), found["unit"]
    if unit == "日":
        return start + timedelta(days=n)
    return shift_months(start, n * 12 if unit == "年" else n)


def _spoken(value: str) -> str:
    """2026-10-15 → 2026年10月15日, 2026-10 → 2026年10月, 2026 → 2026年; a stretch by its months ("今年以来":
    2026-01-01~2026-12-05 → 2026年1月到12月之间)."""
    if "~" in value:
        start, _, end = value.partition("~")
        first, last = _spoken(start[:7]), _spoken(end[:7])
        if start[:7] == end[:7]:
            return first
        return f"{first}到{last.partition('年')[2] if start[:4] == end[:4] else last}之间"
    return "".join(f"{int(part)}{unit}" for part, unit in zip(value.split("-"), "年月日", strict=False))


def _day(value: date) -> str:
    return f"{value.year}年{value.month}月{value.day}日"


def _left(days: int) -> str:
    return f"{days}天" if days < 62 else f"{days // 30}个月"


def _standing(limit: Limitation, occurred_at: str, today: date) -> tuple[str, bool] | None:
    """Where the period stands today, in one sentence, and whether little time is left; None when the time is no
    past day."""
    span = span_of(occurred_at)
    if span is None or span[0] > today:
        return None
    first, last = span
    earliest, latest = period_end(first, limit.runs), period_end(last, limit.runs)
    when, what = f"按您说的时间（{_spoken(occurred_at)}）算", f"{limit.what}（{limit.runs}）"
    cited = f"（{limit.citation}）"
    if today > latest:
        return f"{when}，{what}可能已经过了{cited}。", False
    if today > earliest:
        return f"{when}，{what}可能已经到了，也可能就快到了{cited}。", True
    days = (earliest - today).days
    if first == last:
        return f"{when}，{what}还剩大约{_left(days)}，到{_day(earliest)}左右{cited}。", days <= SHORT_DAYS
    # a month or a year only bounds the start: say when it may end at the earliest, never a day
    month = f"{earliest.year}年{earliest.month}月"
    return f"{when}，{what}最早可能再过大约{_left(days)}就到期（{month}前后）{cited}。", days <= SHORT_DAYS


def limitation_warning(
    code: str,
    variant: str | None,
    occurred_at: str | None,
    today: date,
    story: str | None = None,
    knowledge: Knowledge | None = None,
) -> str | None:
    """Plain words on the route's limitation period for a matter of this time, or None (no period, no time)."""
    limit = (knowledge or load_knowledge()).route(code).resolve(variant).limitation
    told = normalize_for_parsing(story or "")
    if limit is None or not occurred_at or not limit.concerns(told):
        return None
    pauses = "".join(f"{p.text.rstrip('。')}（{p.citation}）。" for p in limit.pauses if p.concerns(told))
    start = period_start(limit, story, occurred_at, today)
    if start is None:
        # the story's time may not be the day the period starts: what starts it and how long, no count of days
        return (
            f"时间上请留意：{limit.what}是{limit.runs}，从{limit.counted_from}算起（{limit.citation}）。"
            f"您说的时间（{_spoken(occurred_at)}）不一定就是起算的那天，所以这里不替您算具体的天数。{pauses}"
            f"请尽快去办，拿不准的话打{LEGAL_HELP}问一问。"
        )
    found = _standing(limit, start, today)
    if found is None:
        return None
    standing, pressing = found
    hurry = "剩下的日子不多了，请马上去办" if pressing else "请尽快去办"
    return (
        f"时间上请抓紧：{standing}这个期限是从{limit.counted_from}算起的。{pauses}"
        f"{hurry}，拿不准的话赶紧打{LEGAL_HELP}问一问。"
    )
