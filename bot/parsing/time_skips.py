"""Times a parser finds in a text that are no date of the matter: "第三年", "3号楼", "干了19年", "三五年", "4/5",
"夏天苍蝇很多", "星期天也不停", "周六强制补课 一个月收600", "十点以后" (pure)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.parsing.time_context import weekday_of_a_habit
from bot.parsing.time_rules import shift_months

WEEKDAY_RE = re.compile(r"(?:星期|周|礼拜)[一二三四五六日天末]")
_CLOCK_ONLY_RE = re.compile(r"[\d零〇一二两三四五六七八九十半点时分钟秒:整刻早中下上午晚夜凌晨傍间里左右的]*")
# Words that only say "now" or a part of a day: with a clock time they carry no date ("白天", "现在", "十点以后").
_NOW_WORDS_RE = re.compile(
    r"现在|目前|当前|如今|此时|那时|当时|平时|白天|黑夜|夜里|夜间|整天|全天|到|至|以后|之后"
)
_RANGE_YEAR_RE = re.compile(r"(?:一二|一两|两三|二三|三四|三五|四五|五六|六七|七八|八九)年")
_NOT_A_DATE_RE = re.compile(r"\d{1,2}/\d{1,2}|初[一二三四五六七八九十]")
# "3号楼", "2号线", "5号床": a number before these names a thing, not a date
_NOT_A_DATE_NEXT_TEXT = "楼 线 院 门 房 室 栋 铺 库 机 位 床 口 级 地块"
_NOT_A_DATE_NEXT = tuple(_NOT_A_DATE_NEXT_TEXT.split())
_SEASON_RE = re.compile(r"[春夏秋冬](?:天|季)")
# what makes a bare season the time the matter began: "路灯是夏天就坏了", "夏天开始的", "夏天那会儿"
_SINCE_NEXT = ("就", "开始", "起", "以来", "时候", "的时候", "那会", "坏", "出的事", "那次")
_BIRTH_NEXT = ("出生", "生的", "生人", "年生")
# a matter that began at the birth ("孩子生下来就没上成户口"): the birth is when it began
_SINCE_BIRTH = re.compile(
    r"(?:生下来|一?出生|落地)(?:后|以后)?(?:就|一直|到现在|至今)|(?:从|自)(?:出生|生下来)"
)
# tonight, with a plan after it ("今晚就…", "今天晚上我要…"): a threat or an intent, no date of the matter
_TONIGHT = ("今晚", "今天晚上", "今夜", "今儿晚上")
_PLAN_NEXT = ("就", "要", "准备", "打算", "我就", "我要", "俺就", "俺要")
_DURATION_PREV = "了干做住用工满"
_DURATION_NEXT = ("了", "多", "来", "时间", "工龄", "间", "内", "左右", "以上")


def not_a_date(norm: str, text: str, begin: int, end: int) -> bool:
    """Is a time jionlp found in the text no date of the matter: an ordinal, a birth, a house number, a duration,
    a fraction, a season or a weekday of a habit, a clock time alone?"""
    after, before = norm[end : end + 4], norm[begin - 1 : begin] if begin else ""
    if text.startswith("第") or (after.startswith(_BIRTH_NEXT) and not _SINCE_BIRTH.search(norm)):
        return True
    if text in _TONIGHT and after.startswith(_PLAN_NEXT):
        return True  # "今晚就从楼顶跳下去": what one means to do, not when the matter happened
    if text.endswith(("号", "年")) and after.startswith(_NOT_A_DATE_NEXT):
        return True
    if re.fullmatch(r"\d年", text):
        return True  # "5年没涨工资": how long; a year is said with two digits ("08年", "19年")
    lasted = (before and before in _DURATION_PREV) or after.startswith(_DURATION_NEXT)
    if re.fullmatch(r"\d\d年", text) and lasted:
        return True  # "干了19年", "15年了"
    if _RANGE_YEAR_RE.fullmatch(text):  # "三五年" is "three to five years", not 1935
        return True
    if _NOT_A_DATE_RE.fullmatch(text):  # "4/5" is a fraction, "初一(四)班" a school grade
        return True
    if _SEASON_RE.fullmatch(text) and not after.startswith(_SINCE_NEXT):
        return True  # "夏天苍蝇很多": a season without a year is how things are; "夏天就坏了" is when
    every = after.startswith(("也", "都", "还", "照样")) or before in ("每", "逢")
    if WEEKDAY_RE.fullmatch(text) and every:
        return True  # "星期天也不停": every week
    if text.endswith("末") and WEEKDAY_RE.fullmatch(text):
        return True  # "周末开公车带家人去旅游": weekends, a habit; "上周末" names one
    if WEEKDAY_RE.fullmatch(text) and weekday_of_a_habit(norm, text):
        return True  # "周六强制补课 一个月收600": every Saturday, no one day
    return _CLOCK_ONLY_RE.fullmatch(_NOW_WORDS_RE.sub("", text)) is not None


# "这周三", "本礼拜二": a weekday of this week (not "这个周末", a stretch)
_THIS_WEEK_DAY_RE = re.compile(r"(?:这|本)个?(?:星期|周|礼拜)[一二三四五六日天]")
# what was done, in the rest of its clause: "…显示签收的", "…来的", "…又来了"; not a plan ("要来", "准备去")
_DONE_AFTER_RE = re.compile(r"[^\s,，。!！;；?？]{0,8}?(?:了|过|的(?=[\s,，。!！;；?？]|$))")
_PLAN_RE = re.compile(r"要|会|将|准备|打算|得去|约了|说好")


def told_as_past(norm: str, text: str, end: int) -> bool:
    """A weekday of this week told of as done ("这周三显示签收的"): on a day before it, the citizen means the one
    just gone (a week is often counted to its Sunday), never a day ahead."""
    if not _THIS_WEEK_DAY_RE.fullmatch(text):
        return False
    done = _DONE_AFTER_RE.match(norm, end)
    return done is not None and not _PLAN_RE.search(done.group())


_EXPLICIT_YEAR_RE = re.compile(r"年|\d{4}")
_FUTURE_WORD_RE = re.compile(r"明|下|后天|以后|未来|将")


def not_in_future(
    text: str, start: date, end: date, today: date, past: bool = False
) -> tuple[date, date] | None:
    """The span of a time found, never ahead of today: a date said without its year or a weekday that lies ahead
    is the last one gone; an explicit future ("明年", "下周", "这个周末") is None."""
    if start > today:
        if _EXPLICIT_YEAR_RE.search(text) or _FUTURE_WORD_RE.search(text):
            return None
        if WEEKDAY_RE.search(text):  # "礼拜天他们又来了" on a Saturday: the Sunday before
            # "这个周末", "本周日": not come yet; "这周三签收的" said on a Monday: last week's
            if not (WEEKDAY_RE.fullmatch(text) or past):
                return None
            start, end = start - timedelta(days=7), end - timedelta(days=7)
        else:
            months = -1 if re.search(r"[号日]", text) and "月" not in text else -12
            start, end = shift_months(start, months), shift_months(end, months)
        if start > today:
            return None
    return start, min(end, today)
