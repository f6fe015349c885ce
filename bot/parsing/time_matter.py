"""Which of the times a message says dates the matter, and which only stand beside it.

- Not the matter: a negated time ("不是今天的事"), "today" as "nowadays", "今年" before an age, the age of a
  standard ("按十年前的标准算"), a pay day promised ("老板说年底给", "钱过完年一起结"), the day of a threat's
  condition ("今天再不给钱我就…"), how far ahead or which one ("提前一个月提的", "最后一个月工资").
- A suit filed and later judged ("2019年诉至法院，2021年判决…至今未付"): the judgment left unpaid is the matter,
  the year the suit was filed only its history.
- A time conceded before a "but" ("卡是年初办的 但健身房是上个月底跑路的"): the time after it is the matter.
"""

from __future__ import annotations

import re
from datetime import date

from bot.parsing.time_rules import Cand

# "老板说年底给": a time promised for paying or fixing is not when the matter happened
_PROMISED_BEFORE_RE = re.compile(r"(?:说|答应|承诺|保证|讲|说好|讲好|拖到|推到|等到)(?:了|的是|是)?$")
_PAY_ADVERB = r"(?:再|就|才|前|之前|以前|一起|一块儿?|一并|统一|全部|都|肯定|保证|一定|准)?"
_PAY_VERB = r"(?:给|还|发|付|结|解决|处理|办|兑现|到位|修)"
_PROMISED_AFTER_RE = re.compile(_PAY_ADVERB + _PAY_VERB)
# …said without "说" when the verb has not happened: "钱过完年一起结 别催了", not "过完年就给了一半"
_PROMISE_ONLY_RE = re.compile(rf"{_PAY_ADVERB}{_PAY_VERB}(?:清|完|齐)?(?![了过完到])")
# "今天再不给钱我就…": the day of a threat's condition
_CONDITION_AFTER_RE = re.compile(r"(?:再|还|要是|如果|若)(?:不|没)")
# "提前一个月", "最后一个月", "推后两天": how far ahead or which one, not a date
_NOT_A_TIME_BEFORE = ("提", "最", "推", "延", "往", "靠")
_NEGATED_BEFORE = ("不是", "并非", "不在")
_NOWADAYS_BEFORE = ("的", "到", "至")  # "在…的今天", "直到今天", "时至今日": the present, not a day
_AGE_AFTER_RE = re.compile(
    r"(?:都|已经|已|才|刚|满|有)?(?:\d{1,3}|[一二两三四五六七八九十百]{1,4})(?:多|来)?(?:周岁|岁|了|$|[,，。!！?？ ])"
)
# "十年前的标准", "2016年的价格": a time that dates a measure the matter is judged by
_MEASURE_AFTER_RE = re.compile(
    r"(?:的|嘅)?(?:老|旧)?(?:补偿|拆迁|征收|工资|收费|计算|赔偿){0,3}(?:标准|价格|价钱|价位|房价|物价|政策|规定|文件|办法|水平)"
)


def not_the_matter(norm: str, c: Cand, today: date) -> bool:
    """A time that is negated, "today" meaning the present, "今年" before an age, a promise or a condition."""
    before, after = norm[max(c.offset - 3, 0) : c.offset], norm[c.offset + len(c.text) :]
    if c.end >= today and _PROMISED_BEFORE_RE.search(before) and _PROMISED_AFTER_RE.match(after):
        return True  # "老板说年底给"
    if c.end >= today and c.start < today and _PROMISE_ONLY_RE.match(after):
        return True  # "钱过完年一起结": the pay day he names, not when the work was done
    if c.end >= today and _CONDITION_AFTER_RE.match(after):
        return True  # "今天再不给钱我就从塔吊上跳下去"
    if c.text[:1] in "前后" and before.endswith(_NOT_A_TIME_BEFORE):
        return True  # "提前一个月提的", "最后一个月工资"
    if before.endswith(_NEGATED_BEFORE) and not before.endswith("是不是"):  # "是不是去年" asks, not denies
        return True
    if c.text in ("今天", "今日") and (before.endswith(_NOWADAYS_BEFORE) or after.startswith("为止")):
        return True
    if _MEASURE_AFTER_RE.match(after):
        return True  # "按十年前的标准算": the age of a standard or price, not when the matter happened
    if c.text == "上年" and after.startswith(("纪", "龄")):
        return True  # "上年纪的人": getting on in years
    return c.text == "今年" and _AGE_AFTER_RE.match(after) is not None


# a judgment or award said right after its time: "法院于2021年判决", "2021年判了", "前年仲裁裁决"
_JUDGED_AFTER_RE = re.compile(
    r"^(?:的|底|初|年底|年初|月份?)?(?:[^,，。;；]{0,4})?(?:判决|判了|判的|宣判|裁决|调解书)"
)
# …and still not paid or done: "至今分文未付", "一直不履行", "无财产可执行"
_UNPAID_RE = re.compile(
    r"未付|未还|未给|没给|不给|没还|不还|没付|不履行|未履行|没履行|拒不|无财产|没钱执行|执行不了|分文"
)
# a suit filed: "诉至法院", "起诉", "告到法院", "打官司"
_SUED_AFTER_RE = re.compile(r"^[^,，。;；]{0,24}?(?:诉至|起诉|告到|告上|官司|立案)")


def without_suit_before_judgment(norm: str, found: list[Cand]) -> list[Cand]:
    """The time a suit was filed, dropped when the judgment that followed is what is left unpaid."""
    judged = [c for c in found if _JUDGED_AFTER_RE.search(norm[c.offset + len(c.text) :])]
    if not judged or not _UNPAID_RE.search(norm[judged[0].offset :]):
        return found
    first = min(c.start for c in judged)
    sued = [
        c
        for c in found
        if c.start < first and _SUED_AFTER_RE.search(norm[c.offset + len(c.text) : judged[0].offset])
    ]
    return [c for c in found if c not in sued]


# "但", "可是": what comes after it is what the citizen means; "是…的" or "虽然" before it concedes
_CONTRAST_RE = re.compile(r"但是?|可是|不过|然而|而是")
_CONCEDED_RE = re.compile(r"虽然|虽说|尽管|是[^,，。;；\s]{0,12}的[,，\s]*$")
# "年初办的，但…": the time's own clause ends with 的 before the "but"
_CLEFT_RE = re.compile(r"^[^,，。;；\s]{0,8}的[,，\s]*$")


def without_conceded_time(norm: str, found: list[Cand]) -> list[Cand]:
    """A time conceded before a "but" ("卡是年初办的 但…上个月底跑路的") gives way to the time after it."""
    for m in _CONTRAST_RE.finditer(norm):
        earlier = [c for c in found if c.offset + len(c.text) <= m.start()]
        later = [c for c in found if c.offset >= m.end()]
        last = earlier[-1] if earlier else None
        if (
            last
            and later
            and (
                _CONCEDED_RE.search(norm[max(last.offset - 6, 0) : m.start()])
                or _CLEFT_RE.match(norm[last.offset + len(last.text) : m.start()])
            )
        ):
            return [c for c in found if c not in earlier]
    return found


# a written decision or reply said in the clause of its time: "决定书是11月20号下来的", "该局于11月3日…答复不予公开"
_DECIDED_RE = re.compile(
    r"(?:决定书|处罚决定|罚单|通知书|告知书|决定|批复)[^,，。;；\s]{0,8}?(?:下来|下达|送达|收到|作出|出来|开)"
    r"|(?:下来|下达|送达|收到|作出|开了|开的)[^,，。;；\s]{0,4}?(?:决定书|处罚决定|罚单|通知书|告知书)"
    r"|(?:答复|回复|批复|决定)(?:不予|不|拒绝|驳回)"
)
# what came before the decision: the inspection or the application it answered
_LED_TO_IT_RE = re.compile(r"来查|检查|执法|调查|查处|申请|提交|递交|寄")
_TIME_CLAUSE_RE = re.compile(r"[^,，。;；\s]+")


def _clause_of(norm: str, c: Cand) -> str:
    for m in _TIME_CLAUSE_RE.finditer(norm):
        if m.start() <= c.offset < m.end():
            return m.group()
    return ""


def without_steps_before_decision(norm: str, found: list[Cand]) -> list[Cand]:
    """The time of an inspection or an application, dropped when the written decision or reply it led to is
    dated too ("决定书是11月20号下来的 来查是十月份"): the decision is what the citizen disputes."""
    decided = [c for c in found if _DECIDED_RE.search(_clause_of(norm, c))]
    if not decided:
        return found
    first = min(c.start for c in decided)
    steps = [
        c for c in found if c not in decided and c.start < first and _LED_TO_IT_RE.search(_clause_of(norm, c))
    ]
    return [c for c in found if c not in steps]


# "我十月份进去的", "去年三月入职", "3月份来的厂里": when the job began, told beside what happened in it
_JOINED_AFTER_RE = re.compile(
    r"^(?:份|底|初|中旬|那会儿?|的时候)?(?:就|才|刚)?(?:入职|入的职|上岗|应聘|招进|开始上班"
    r"|进(?:的|了)?(?:厂|公司|去|来|单位|场|店)|来(?:的|了)?(?:厂|公司|这|上班|干活|打工)|来的)"
)


def without_joining_before_event(norm: str, found: list[Cand]) -> list[Cand]:
    """The time a job began, dropped when a later time is told too ("我十月份进去的 … 上个礼拜五突然叫我明天不用来了"):
    the dismissal, the injury or the unpaid month is the matter, joining only its history."""
    joined = [c for c in found if _JOINED_AFTER_RE.match(norm[c.offset + len(c.text) :])]
    later = [c for c in found if c not in joined and joined and c.start > max(j.end for j in joined)]
    return [c for c in found if c not in joined] if later else found


# "分手半年了", "今年六月分的", "去年离的婚": when a couple parted, told beside what the other did after it
_PARTED_RE = re.compile(r"分手|分了手|分的手|分开|分居|离婚|离了婚|离的婚")
_PARTED_CLAUSE_RE = re.compile(rf"{_PARTED_RE.pattern}|(?:分|离)(?:的|了)$")


def without_parting_before_event(norm: str, found: list[Cand]) -> list[Cand]:
    """The time a couple parted, dropped when a later time is told too ("分手半年了 … 上个月开始跟踪"): what the
    former partner does since (following, threats, no support paid) is the matter, the parting only its history."""
    if not _PARTED_RE.search(norm):
        return found
    parted = [c for c in found if _PARTED_CLAUSE_RE.search(_clause_of(norm, c))]
    later = [c for c in found if c not in parted and parted and c.start > max(p.end for p in parted)]
    return [c for c in found if c not in parted] if later else found
