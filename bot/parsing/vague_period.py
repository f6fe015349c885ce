"""A whole answer to "when?" that names only a recent stretch: "这几个月", "最近", "这半年", "今年以来"."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from bot.domain.text import normalize_for_parsing
from bot.parsing.occurred_at import OccurredAt, extract_occurred_at, span_of
from bot.parsing.time_lasted import duration_ago
from bot.parsing.time_rules import shift_months

# a whole answer to "when?" that names only a recent stretch: months back from today (0 = since 1 January)
_VAGUE_PERIODS = (
    (re.compile(r"(?:这|近|最近|好|这么)(?:几|两三|三四)个?月|几个月(?:了|来|以来)"), 3),
    (re.compile(r"(?:这|近|最近)?(?:大)?半年(?:了|来|以来|多)?"), 6),
    (re.compile(r"(?:这|近|最近)(?:一两|两|二)年|一两年(?:了|来)"), 24),
    (re.compile(r"(?:这|近|最近|好|这么)几年(?:了|来|以来)?|几年(?:了|来|以来)"), 36),
    (re.compile(r"(?:这|近|最近)一年|一年(?:来|以来)"), 12),
    (re.compile(r"今年(?:以来|开始|年初以来|一直)"), 0),
    (re.compile(r"最近(?:一段时间|这段时间)?|近来|近期|这段时间|这阵子|前阵子|前段时间|这些天来"), 1),
)
# words around the stretch that add nothing to it ("一直都这样 得有大半年了", "差不多快半年了吧")
_VAGUE_EXTRA_RE = re.compile(
    r"一直这样|都这样|这样子?|那样|天天|每天|每晚|天天晚上|老是|总是|经常|得有|差不多|大概|大约|估计|怕是|起码|至少|少说|反正|快|有|"
    r"[就是吧啊呀哦嘛了的都一直开始以来起,，。.!！~\s]"
)
MAX_VAGUE_ANSWER = 16


def read_vague_period(text: str | None, now: datetime) -> OccurredAt | None:
    """ "这几个月", "最近", "这半年": an answer to the time question that names only a recent stretch, as the
    stretch up to today (a clerk writes "近几个月"). Only for a short whole answer, never inside a story."""
    norm = normalize_for_parsing(text or "")
    if not norm or len(norm) > 2 * MAX_VAGUE_ANSWER:
        return None
    # the whole answer, else its first clause when the rest only says since what ("好几年了 从老伴走了以后就这样")
    first, _, rest = norm.partition(" ") if " " in norm.strip() else (norm, "", "")
    for said in (norm, first) if _SINCE_RE.search(rest) else (norm,):
        if len(said) > MAX_VAGUE_ANSWER:
            continue
        found = _whole_vague_period(said, now.date())
        if found is not None:
            return found
    return None


# what the rest of an answer may say after the stretch: since an event ("从老伴走了以后", "自打他上任")
_SINCE_RE = re.compile(r"^(?:就是|是)?(?:从|自从|自打|打从|自)\S{1,14}(?:以后|之后|后|以来|开始|起)")


def _whole_vague_period(said: str, today: date) -> OccurredAt | None:
    for pattern, months in _VAGUE_PERIODS:
        found = pattern.search(said)
        if found and not _VAGUE_EXTRA_RE.sub("", said.replace(found.group(), "")):
            start = date(today.year, 1, 1) if months == 0 else shift_months(today, -months)
            return OccurredAt(text=found.group(), start=start, end=today)
    return None


# a whole answer to "when?" that says the matter has no date: a suggestion, a state that has always been so
# … and "一直就没有 这是个建议": never there, with the words that say it is a suggestion
# … said in two breaths: "这个不是哪天发生的 是一直这样"
_NO_TIME_RE = re.compile(
    r"(?:(?:这个|这事|这|它)?(?:是)?(?:(?:没有?|无|冇)(?:具体|确切|固定)?(?:的)?(?:时间|日子|哪天|哪一天|日期)?"
    r"|不是(?:哪|某)一?(?:天|次)(?:发生)?的(?:事)?|(?:一直|向来|从来)(?:都)?(?:是)?(?:这样|这个样子?|如此)(?:的)?|一直以来"
    r"|(?:一直|向来|从来|本来)(?:就|都)?(?:没有?|没得|冇)(?:过|装过|建过|修过)?))*"
    r"(?:(?:这|这个|我这|我这个)?(?:是|只是|就是)?(?:提)?(?:个|一个|一条)?(?:建议|意见))?"
)
_PARTICLES_RE = re.compile(r"[,，。.!！~\s吧啊呀哦嘛呢]")


def says_no_time(text: str | None) -> bool:
    """ "没有", "没有具体时间", "一直都这样": the time question has no answer for this matter (asked once)."""
    norm = _PARTICLES_RE.sub("", normalize_for_parsing(text or ""))
    return bool(norm) and len(norm) <= MAX_VAGUE_ANSWER and _NO_TIME_RE.fullmatch(norm) is not None


# "一个多月", "大半年", "三年多", "半个月": how long ago, an estimate; "三月", "2023年", "08年" name a time
_ESTIMATE_RE = re.compile(
    r"(?:[\d一二两三四五六七八九十几]+个(?:多)?(?:月|星期|礼拜)|(?:大)?半(?:个)?(?:年|月)|"
    r"[一二两三四五六七八九十几]+(?:多)?年|[\d一二两三四五六七八九十几]+(?:多)?(?:天|周))(?:多|半)?"
    r"|前几天|几天前|前些天|前些日子|前两天|这几天|最近几天|近几天"  # "前几天": a few days back, no date
)


def is_estimate(found: OccurredAt) -> bool:
    """A time read from how long ago it was ("一个多月了"), not from a date."""
    return _ESTIMATE_RE.fullmatch(found.text) is not None


def replaces_estimate(story: str | None, known: Any, found: OccurredAt, now: datetime) -> bool:
    """Whether a date told after the story ("10月28号被骗的") replaces the time the story only estimated
    ("一个多月了" → 2026-11): it is exact, no later than the estimate, and narrower."""
    first = extract_occurred_at(story, now) if story else None
    if first is None or first.normalized != known or not is_estimate(first) or is_estimate(found):
        return False
    narrower = (found.end - found.start) < (first.end - first.start)
    return narrower and found.start <= first.end


# a start said, and a matter still going on: "十月份开始的", "开学到现在一直这样", "从那以后"
_STARTED_RE = re.compile(r"开始|一直|到现在|至今|以来|以后")


def starts_before_incident(
    story: str | None, known: Any, found: OccurredAt, said: str, now: datetime
) -> bool:
    """Whether a start told after the story ("十月份开始的") replaces the one day the story dated ("前天把他头打破
    了"): that day was the worst incident of a matter that began earlier and goes on."""
    first = extract_occurred_at(story, now) if story else None
    if first is None or first.normalized != known or first.start != first.end:
        return False
    return found.start < first.start and _STARTED_RE.search(normalize_for_parsing(said)) is not None


def names_time_on_record(said: str | None, recorded: Any, now: datetime) -> bool:
    """ "不是8月" said of a time on record as 2026-08, "不是一个多月" of one a month back: the words name the recorded
    time (to say it is wrong)."""
    span = span_of(recorded) if isinstance(recorded, str) else None
    found = (extract_occurred_at(said, now) or duration_ago(said, now)) if said and span else None
    return found is not None and span is not None and span[0] <= found.start <= span[1]
