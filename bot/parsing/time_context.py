"""Time words jionlp does not know, and which of several times dates the matter.

- Dialect words for "last year" and "yesterday" ("旧年十月", "上年底", "琴日") are rewritten to the standard
  word of the same length before parsing, so offsets stay those of the citizen's text.
- A school term ("这学期开学的时候", "上学期", "去年开学") is dated by the school calendar: the autumn term
  starts in September, the spring term in February or March.
- A due date that passed with the thing still not done ("合同约定2026年6月30日交房，到现在还没交") is when the
  matter began: the earlier time the deal was made ("2024年买的房") is background, not the matter.
"""

from __future__ import annotations

import re
from datetime import date

from bot.parsing.time_rules import Cand, month_span

# Cantonese/Hakka 旧年 and northern 上年 (only before a part of the year: "上年纪" is age) are 去年
_DIALECT_WORDS = (
    (re.compile(r"旧年(?![代份间])"), "去年"),
    (
        re.compile(r"(?<![晚早马路身往向])上年(?=\d|[一二三四五六七八九十]+月|[底初末中]|的|度|[春夏秋冬])"),
        "去年",
    ),
    (re.compile(r"琴日|寻日|噚日"), "昨天"),
    (re.compile(r"琴晚|寻晚|噚晚"), "昨晚"),
)

_TERM_YEAR = {"今年": 0, "去年": 1, "前年": 2}
# "这学期开学的时候", "刚开学那会", "去年开学"; not a start still to come ("下学期开学", "等开学", "快开学了")
_TERM_START_RE = re.compile(
    r"(?<![下等快到没要])(?<!下学期)(?<!下个学期)(?P<year>今年|去年|前年)?(?:(?:这|本|这个)学期)?(?:刚|一)?开学"
    r"(?=的时候|时|那会|那阵|那天|那周|后|以后|之后|以来|开始|起|到现在|至今|初|就|第一|前后|[,，。\s]|$)"
)
_LAST_TERM_RE = re.compile(r"上(?:个)?学期|上一学期")
_THIS_TERM_RE = re.compile(r"(?:这|本|这个)学期(?!开学|末|结束)")


# "国庆前后", "农历八月十五前后", "五一左右": about that day, which jionlp misreads as before it or drops
_ABOUT_A_DAY_RE = re.compile(r"(?:(?<=[节庆秋午五一二三四五六七八九十日号初])|(?<=清明))(?:前后|左右)")
# "今年麦收后 七月底": a harvest named, then the month itself; jionlp reads "后 七月" as from June to now
_HARVEST_THEN_MONTH_RE = re.compile(
    r"(?:麦收|秋收|夏收|割麦|收麦|收稻|收谷)(?:完|了)?(?:以后|之后|后|完了)(?=\s*[,，]?\s*(?:[一二三四五六七八九十]+|\d+)月)"
)


# "十一月二十几号", "3月十几号", "十月初几": a part of the month, which jionlp misreads ("十一月二十" → 2025-12-28)
_SOME_DAYS_RE = re.compile(
    r"(?<=月)(?:(?P<late>二十|廿|20)|(?P<mid>十|10)|(?P<early>初))几(?:号|日)?(?![天个年岁])"
)


def _part_of_month(match: re.Match[str]) -> str:
    part = "下旬" if match.group("late") else "中旬" if match.group("mid") else "上旬"
    return part + " " * (len(match.group()) - len(part))


def with_standard_time_words(norm: str) -> str:
    """The text with dialect time words replaced by standard ones of the same length."""
    for pattern, standard in _DIALECT_WORDS:
        norm = pattern.sub(standard, norm)  # every pattern matches exactly len(standard) characters
    norm = _SOME_DAYS_RE.sub(_part_of_month, norm)
    norm = _HARVEST_THEN_MONTH_RE.sub(lambda m: " " * len(m.group()), norm)
    return _ABOUT_A_DAY_RE.sub("  ", norm)


def _term_start(year: int, autumn: bool) -> tuple[date, date]:
    if autumn:
        return month_span(year, 9)
    return date(year, 2, 1), date(year, 3, 31)  # the spring term starts after the Spring Festival


def _current_term(today: date) -> tuple[int, bool]:
    """(year it started, autumn?) of the term running (or just over) today."""
    if today.month >= 9:
        return today.year, True
    if today.month == 1:
        return today.year - 1, True
    return today.year, False


def term_candidates(norm: str, today: date) -> list[Cand]:
    """Times a school term names, at the precision the school calendar allows; none in the future."""
    cands = []
    for m in _TERM_START_RE.finditer(norm):
        if m.group("year"):
            year = today.year - _TERM_YEAR[m.group("year")]
            autumn = year < today.year or today.month >= 9
            if not autumn and today.month < 2:
                continue  # "今年开学" said in January: no term has started this year yet
        else:
            year, autumn = _current_term(today)
        cands.append(Cand(m.start(), m.group(), *_term_start(year, autumn)))
    for m in _LAST_TERM_RE.finditer(norm):
        year, autumn = _current_term(today)
        if autumn:  # the spring term before it
            cands.append(Cand(m.start(), m.group(), date(year, 2, 1), date(year, 7, 15)))
        else:
            cands.append(Cand(m.start(), m.group(), date(year - 1, 9, 1), date(year, 1, 31)))
    for m in _THIS_TERM_RE.finditer(norm):
        year, autumn = _current_term(today)
        cands.append(Cand(m.start(), m.group(), _term_start(year, autumn)[0], today))
    return [Cand(c.offset, c.text, c.start, min(c.end, today)) for c in cands if c.start <= today]


# the term start taken as the stretch up to today: "开学到现在一直这样", "开学以来"
_UP_TO_NOW_RE = re.compile(r"(?:开始)?(?:就)?(?:到现在|到今天|至今|以来|一直)")
# a start said to the month or day: "十月份开始的", "国庆起"
_START_SAID_RE = re.compile(r"(?:份)?(?:就|才)?(?:开始|起)")


def without_term_said_exactly(norm: str, found: list[Cand], today: date) -> list[Cand]:
    """ "开学到现在一直这样 十月份开始的": a term start said loosely gives way to the start said after it more
    exactly, inside the term."""
    loose = [
        c
        for c in found
        if _TERM_START_RE.fullmatch(c.text) and _UP_TO_NOW_RE.match(norm, c.offset + len(c.text))
    ]
    exact = [
        c
        for c in found
        if c not in loose
        and _START_SAID_RE.match(norm, c.offset + len(c.text))
        and any(t.offset < c.offset and t.start <= c.start and c.end <= today for t in loose)
    ]
    return [c for c in found if c not in loose] if exact else found


# a date something was due by: "合同约定2026年6月30日交房", "说好去年年底完工"
_DUE_BEFORE_RE = re.compile(
    r"(?:约定|规定|承诺|答应|说好|讲好|约好|写明|写的是|写着|定于|应于|应该在|应当在|应在|最迟|最晚|按期|保证)"
    r"(?:的|是|在|于)?$"
)
# …and still not done: "到现在还没交", "至今未交付", "逾期"
_STILL_NOT_RE = re.compile(r"没|未|不见|逾期|延期|拖延|烂尾|迟迟")
# the clause in which a deal was made: "2024年在朝阳区买了…房子", "前年签的合同"
_DEAL_RE = re.compile(r"买|购|签|订")
_CLAUSE_RE = re.compile(r"[^,，。;；!！?？]*")


def _due_and_missed(norm: str, c: Cand, today: date) -> bool:
    if c.end > today or not _DUE_BEFORE_RE.search(norm[max(c.offset - 8, 0) : c.offset]):
        return False
    return _STILL_NOT_RE.search(norm[c.offset + len(c.text) : c.offset + len(c.text) + 24]) is not None


def _made_a_deal(norm: str, c: Cand) -> bool:
    after = _CLAUSE_RE.match(norm, c.offset + len(c.text))
    return after is not None and _DEAL_RE.search(after.group()[:12]) is not None


def without_deal_before_due(norm: str, found: list[Cand], today: date) -> list[Cand]:
    """The times a deal was made, dropped when a later due date passed undone: that date dates the matter."""
    due = [c for c in found if _due_and_missed(norm, c, today)]
    if not due:
        return found
    first_due = min(c.start for c in due)
    return [c for c in found if not (c.start < first_due and _made_a_deal(norm, c))]


# something done again and again ("一个月收600", "每次都", "天天"): a weekday in it is every such day
_HABIT_RE = re.compile(r"每(?:个)?(?:月|周|星期|礼拜|次|回)|一个月(?:收|交|要)|经常|总是|老是|天天|隔三差五")


# "停的水", "又来闹了": what the weekday's clause did once
_ONCE_RE = re.compile(r"[了的过]")


def weekday_of_a_habit(norm: str, weekday: str) -> bool:
    """ "周六强制补课 一个月收600": every Saturday; not "星期三停的水 天天打电话没人管", done once that day."""
    at = norm.find(weekday)
    clause = re.split(r"[\s,，。;；!！?？]", norm[at:], maxsplit=1)[0] if at >= 0 else ""
    return _HABIT_RE.search(norm) is not None and not _ONCE_RE.search(clause)
