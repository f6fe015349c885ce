"""When did the matter happen (or start)? Chinese time expressions via jionlp, plus a few rules it misses.

Decisions (documented for staff and tests):
- The earliest meaningful time in the message wins ("2019年买的房，去年开始漏水" → 2019).
- "从去年三月开始 / 2019年至今 / 2020年以来" → the start anchor (2025-03, 2019, 2020); `text` keeps "开始".
- "三个月了 / 两年多了 / 已经半年没发工资" are anchored: about that long before `now`, at the delta's unit
  (month → that month, year → that year, day/week → that day). A blurred "大半年了" is the stretch it allows:
  the months from nine back to six (a clerk writes "2026年3月至6月"). Bare durations ("干了三个月",
  "拖欠了三个月工资") are not anchored; a debt that has lasted is ("工资欠了五个月" → five months ago).
- Pure clock times ("八点半", "上午") and recurring times ("每天晚上", "周末开公车") are ignored; so is a
  time promised and not yet come ("老板说年底给"). "过了年", "年后" start at that year's Spring Festival.
- Nothing lies in the future: a date without a year that would be ahead of `now` ("5月1日" in March) means
  the last one that passed (a weekday: last week's, "礼拜天" said on a Saturday); an explicit future
  ("明年", "下周", "这个周末") is dropped; span ends are clipped to today. A two-digit year is a year
  ("08年下岗的"), one digit a duration ("5年没涨工资").
- Not a date of the matter: a negated time ("不是今天的事"), "today" as "nowadays" ("在国家提倡…的今天",
  "直到今天"), "今年" before an age ("今年七十三了"), a history ("已有210年历史"), the age of a standard ("按十年前的标准算").
- Never raises: any text gives an `OccurredAt` or None (a failure inside is logged by type only).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from bot.domain.text import cjk_count, normalize_for_parsing
from bot.parsing.time_context import (
    term_candidates,
    weekday_of_a_habit,
    with_standard_time_words,
    without_deal_before_due,
    without_term_said_exactly,
)
from bot.parsing.time_matter import (
    not_the_matter,
    without_conceded_time,
    without_joining_before_event,
    without_parting_before_event,
    without_steps_before_decision,
    without_suit_before_judgment,
)
from bot.parsing.time_narrowing import narrows, with_year_said
from bot.parsing.time_rules import (
    Cand,
    delta_anchor,
    month_ranges,
    month_span,
    months_ago_candidates,
    nearly_span,
    nth_year_candidates,
    rule_candidates,
)
from bot.parsing.time_scan import extract_times, jionlp
from bot.parsing.time_skips import WEEKDAY_RE, not_a_date, not_in_future, told_as_past

_EARLIEST_YEAR = 1949  # older "dates" are misreadings ("三五年") or birth years, not a petition matter
_ONGOING_RE = re.compile(r"^(?:从|自从|自)|(?:开始|以来|至今|起|到现在|到今天|到目前|一直)+$")
_STATE_SINCE_RE = re.compile(r"(?:堵|坏|停|漏|断|臭|关|占|积)了$")
# "工资欠了五个月" (owed since then) but not "欠了五个月工资" (five months' pay, whenever)
_OWED_SINCE_RE = re.compile(r"(?:欠|拖|压)了$")
_CLAUSE_END_RE = re.compile(r"$|[\s,，。!！;；]|了|没|都|还|也")
_NOTHING_SINCE = ("都没", "也没", "还没", "都不", "也不")
_TENURE_BEFORE = ("上班", "工作", "干", "做", "住", "待", "呆", "开店", "种", "教书", "当")
# "快一年了", "将近两个月了": a little less than the stretch said
_NEARLY_RE = re.compile(r"(?:快|将近|接近|差不多|不到|近)(?:有)?$")
logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class OccurredAt:
    text: str
    start: date
    end: date

    @property
    def normalized(self) -> str:
        """``2023-05-01``, ``2025-03``, ``2025`` or ``2025-03-01~2025-05-31``."""
        s, e = self.start, self.end
        if s == e:
            return s.isoformat()
        if s.day == 1 and (s.year, s.month) == (e.year, e.month) and (e + timedelta(days=1)).day == 1:
            return f"{s.year:04d}-{s.month:02d}"
        if (s.month, s.day, e.month, e.day) == (1, 1, 12, 31) and s.year == e.year:
            return f"{s.year:04d}"
        return f"{s.isoformat()}~{e.isoformat()}"


def span_of(normalized: str | None) -> tuple[date, date] | None:
    """The period an ``OccurredAt.normalized`` value names (None for anything else, e.g. 未提供)."""
    start_text, _, end_text = (normalized or "").partition("~")
    try:
        if end_text:
            return date.fromisoformat(start_text), date.fromisoformat(end_text)
        if len(start_text) == 10:
            day = date.fromisoformat(start_text)
            return day, day
        if len(start_text) == 7:
            return month_span(int(start_text[:4]), int(start_text[5:]))
        if len(start_text) == 4:
            return date(int(start_text), 1, 1), date(int(start_text), 12, 31)
    except ValueError:
        return None
    return None


def _to_date(value: str) -> date | None:
    """jionlp's "YYYY-MM-DD hh:mm:ss"; None for what it writes otherwise ("210-01-01 ", "inf")."""
    try:
        return datetime.strptime(value[:10], "%Y-%m-%d").date()
    except (TypeError, ValueError):
        return None


def _parse_anchor(jio: Any, text: str, now: datetime) -> tuple[date, date] | None:
    try:
        result = jio.parse_time(text, time_base=now)
    except Exception:  # jionlp raises ValueError and others on strings it cannot parse
        return None
    if result.get("type") not in ("time_point", "time_span"):
        return None
    start, end = _to_date(result["time"][0]), _to_date(result["time"][1])
    return (start, end) if start and end else None


def _anchored_delta(norm: str, begin: int, end: int) -> bool:
    after, before = norm[end : end + 3], norm[max(begin - 2, 0) : begin]
    if before.endswith(_TENURE_BEFORE):
        return False  # "上班五年了": how long they worked there, not when the matter happened
    if after.startswith(("了", "多了")):
        return True
    if _STATE_SINCE_RE.search(before):
        return True  # "下水道堵了半个月": blocked since then
    if _OWED_SINCE_RE.search(before) and _CLAUSE_END_RE.match(norm, end):
        return True  # "工资欠了五个月": owed since then
    if after.startswith(("没", "都没", "也没")) and (begin == 0 or norm[begin - 1] in " ,，。!！;；"):
        return True  # "，两年没来看过": not since then (a clause begins with the stretch)
    if (
        before.endswith("了")
        and not before[:-1].endswith(_TENURE_BEFORE)
        and after.startswith(_NOTHING_SINCE)
    ):
        return True  # "找了两年都没人理": asked for that long, nothing since ("干了两年都没交": how long they worked)
    return before.endswith(("已经", "已")) and after.startswith(("没", "未", "不"))


def _jionlp_candidates(norm: str, now: datetime) -> list[Cand]:
    jio = jionlp()
    today = now.date()
    cands = []
    for item in extract_times(norm, now):
        text, (begin, end), detail = item["text"], item["offset"], item["detail"]
        kind = detail["type"]
        if kind == "time_delta":
            span = delta_anchor(detail["time"], today) if _anchored_delta(norm, begin, end) else None
            if span and _NEARLY_RE.search(norm[max(begin - 3, 0) : begin]):
                span = nearly_span(detail["time"], today) or span  # "等了快一年了": less than a year
        elif kind in ("time_point", "time_span") and not not_a_date(norm, text, begin, end):
            span = _jionlp_span(jio, text, detail["time"], now, told_as_past(norm, text, end))
        else:
            span = None
        if span and span[0].year >= _EARLIEST_YEAR:
            cands.append(Cand(begin, text, *span, from_duration=kind == "time_delta"))
    return cands


def _jionlp_span(
    jio: Any, text: str, times: list[str], now: datetime, past: bool = False
) -> tuple[date, date] | None:
    start, end = _to_date(times[0]), _to_date(times[1])
    if end is None and times[1] == "inf" and _ONGOING_RE.search(text):
        end = now.date()  # "从今年", "2026年以来": since then, still going on ("六点以后" is a clock time)
    if start is None or end is None:
        return None
    anchor_text = _ONGOING_RE.sub("", text)
    if anchor_text != text and anchor_text:  # "从去年三月开始" → the anchor "去年三月"
        anchor = _parse_anchor(jio, anchor_text, now)
        if anchor:
            start, end = anchor
    return not_in_future(anchor_text or text, start, end, now.date(), past)


# a start said to the month or day, and the time since ("今年五一以后开始的", "从八月份起")
_SINCE_RE = re.compile(r"^(?:从|自从|自|打)|(?:以后|之后|以来|开始|起)的?$")


def says_less(wide: Cand, narrow: Cand) -> bool:
    """Does `wide` say less than `narrow` ("去年" beside "2025年10月")? Not a start said to the month or day
    ("今年五一以后") beside a stretch counted back from today ("半年多了"): that one is only about as long ago."""
    if not (_holds(wide, narrow) or narrows(wide, narrow)):
        return False
    exact_start = (wide.start.month, wide.start.day) != (1, 1) and _SINCE_RE.search(wide.text) is not None
    return not (exact_start and narrow.from_duration)


def _holds(wide: Cand, narrow: Cand) -> bool:
    return (
        wide.start <= narrow.start
        and narrow.end <= wide.end
        and (wide.start, wide.end) != (narrow.start, narrow.end)
    )


def _overlaps(c: Cand, others: list[Cand]) -> bool:
    return any(c.offset < o.offset + len(o.text) and o.offset < c.offset + len(c.text) for o in others)


def extract_occurred_at(text: str | None, now: datetime) -> OccurredAt | None:
    """Earliest meaningful past time in the message; `now` is naive Asia/Shanghai local time."""
    if not text:
        return None
    try:
        return _extract_cached(text, now)
    except Exception as error:  # a time we cannot read must never end the conversation
        logger.warning("occurred_at: %s while reading a time; none taken", type(error).__name__)
        return None


@lru_cache(maxsize=16)
def _spring_festival(year: int) -> date | None:
    """The day of that year's Spring Festival (lunar: jionlp's calendar knows it)."""
    found = _parse_anchor(jionlp(), f"{year}年春节", datetime(year, 6, 1))
    return found[0] if found else None


# piece by piece only for a short chat message (each piece costs a jionlp call): a time answer, not a letter
_MAX_PIECES = 6
_MAX_PIECED_CHARS = 120


@lru_cache(maxsize=64)
def _extract_cached(text: str, now: datetime) -> OccurredAt | None:
    # pure and immutable: one turn asks twice with the same text and `now` (jionlp takes milliseconds)
    norm = with_standard_time_words(normalize_for_parsing(text))
    if not norm:
        return None
    best = _earliest(norm, now)
    pieces = norm.split()
    # "这周二来的 周四又来了" read whole gives only the later bare weekday: the pieces give the first visit too
    weekday_only = best is not None and WEEKDAY_RE.fullmatch(best.text) is not None
    if (best is None or weekday_only) and 1 < len(pieces) <= _MAX_PIECES and len(norm) <= _MAX_PIECED_CHARS:
        # a space is the only full stop many people type, and jionlp reads across it: "今年夏天开始的 每天晚上到
        # 一两点" is one recurring time to it, nothing at all; read piece by piece, "今年夏天开始" is found
        found = [o for piece in pieces if cjk_count(piece) and (o := _earliest(piece, now))]
        found = [o for o in found if not (WEEKDAY_RE.fullmatch(o.text) and weekday_of_a_habit(norm, o.text))]
        # "两年前 前年十月": a piece that says the same time more exactly than another ("前年十月" in "两年前") wins
        found = [o for o in found if not any(_says_less(o, other) for other in found)]
        best = min(found, key=lambda o: o.start) if found else best
    return best


def _says_less(wide: OccurredAt, narrow: OccurredAt) -> bool:
    return (
        wide.start <= narrow.start
        and narrow.end <= wide.end
        and (wide.start, wide.end) != (narrow.start, narrow.end)
    )


def _earliest(norm: str, now: datetime) -> OccurredAt | None:
    found = _jionlp_candidates(norm, now)
    # "去年开学": the term is more exact than jionlp's year; "八九月份" is both months, not September
    terms = (
        term_candidates(norm, now.date())
        + month_ranges(norm, now.date())
        + nth_year_candidates(norm, now.date())
        + months_ago_candidates(norm, now.date())
    )
    found = [c for c in found if not _overlaps(c, terms)] + terms
    rules = rule_candidates(norm, now.date(), _spring_festival)
    found += [c for c in rules if not _overlaps(c, found)]
    found = without_term_said_exactly(norm, found, now.date())
    # a reversed span ("七到三日") is a misreading
    found = [c for c in found if c.start <= c.end and not not_the_matter(norm, c, now.date())]
    found = without_deal_before_due(norm, found, now.date())
    found = without_conceded_time(norm, without_suit_before_judgment(norm, found))
    found = without_steps_before_decision(norm, found)
    found = without_parting_before_event(norm, without_joining_before_event(norm, found))
    if not found:
        return None
    # "2025年10月交房 … 去年找过住建局": a span holding a more exact one ("去年" ⊃ 2025-10) says less, and so does a
    # season or a half-year said with its months ("今年夏天 七八月份", "去年下半年 九月份左右")
    found = with_year_said(found)
    found = [c for c in found if not any(says_less(c, o) for o in found)] or found
    best = min(found, key=lambda c: (c.start, c.offset))
    return OccurredAt(text=best.text, start=best.start, end=best.end)
