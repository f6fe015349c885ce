"""How a corrected value is worded: the cue before it ("改成", "应该是"), the old value denied beside it ("不是X，是Y",
"写的是白云区，其实是黄埔区"), a place denied ("不在鄞州区 是在北仑区") and the complaint that opens it ("说错了，").
Pure text work for `actions.correction_parse`."""

from __future__ import annotations

import re

from actions.correction_values import place_denied
from bot.parsing.respondent_written import WRITE_AS

# the words before the new value; the leftmost one wins ("不对，应该是X")
_VALUE_CUE = re.compile(
    r"改成|改为|换成|改回|改用|更正为|更正成|更改为|应该是|应当是|应为|应该|其实是|实际上是|实际是|"
    r"正确的是|准确的是|(?<!不)是|为|叫|[:：]"
)  # 是 in "X，不是Y" denies Y: no cue
# "写五马派出所，不是光写派出所": how to write it, then the wording it replaces
_WRITE_THEN_NOT = re.compile(
    rf"^(?:就|要|请|得)?(?:{WRITE_AS})(?![的了过信全详清具明])(?P<new>[\u4e00-\u9fff].*?)[，,]?(?:而)?不是(?P<old>.+)$"
)
# "公安局是骗子冒充的，是四方坪派出所": the value on record was a fake, the right one follows
_FAKE_THEN_VALUE = re.compile(
    r"^(?P<old>[^，,]{1,12}?)(?:是|都是|也是)(?:骗子|假的|假冒|冒充)[^，,]*[，,](?:其实|实际上)?(?:是|应该是)(?P<new>.+)$"
)
# "不是X，是Y" / "不是X是Y" / "X不是Y" (the value first)
_NOT_THEN_VALUE = re.compile(
    r"^(?:也|并)?不是(?P<old>.+?)[，,]?(?:而)?(?:是|应该是|其实是|只有|就)(?P<new>.+)$"
)
# "不是正在审理，早判完了": the value denied, a pause, then the right one without 是
_NOT_THEN_PAUSE = re.compile(r"^(?:也|并)?不是(?P<old>[^，,]{1,10})[，,](?P<new>[^是].*)$")
_VALUE_THEN_NOT = re.compile(r"^(?P<new>.+?)[，,]?(?:而)?不是(?P<old>.+)$")
# words around the value that are not part of it
_STRIP_LEAD = re.compile(
    r"^[\s:：，,、“”\"'‘’]*(?:其实|实际上|实际)?(?:是|为|成(?![都安武县])|应该是|就是|叫|归到|归为|归入|算是|算|属于)?"
    r"[\s:：、“”\"'‘’]*"
)
_STRIP_TAIL = re.compile(
    r"[\s，,。.！!？?；;、“”\"'‘’]*(?:吧|啊|呀|哈|哦|呢|才对|就行|就好|就可以|就对了|谢谢)*[\s，,。.！!？?；;、“”\"'‘’]*$"
)


def value_and_old(segment: str, *, write_cue: bool = True) -> tuple[str, str]:
    """("天河区", "海珠区") from "说错了，是天河区不是海珠区"; the value starts after its cue (after "写…" only
    when `write_cue`: a name's reader knows "就写周" better than the bare "周")."""
    body = _ONLY_WRONG_PREFIX.sub("", segment, count=1)
    wrote = _WROTE_THEN_VALUE.match(body)
    if wrote:
        return tidy(wrote.group("new")), tidy(wrote.group("old"))
    negated = (
        _NOT_THEN_VALUE.match(body)
        or _NOT_THEN_PAUSE.match(body)
        or _FAKE_THEN_VALUE.match(body)
        or _WRITE_THEN_NOT.match(body)
    )
    if negated:
        return tidy(negated.group("new")), tidy(negated.group("old"))
    written = _WRITE_CUE.match(body) if write_cue else None
    cue = None if written else _VALUE_CUE.search(body)
    if written:  # "写没有", "那写上陇原路桥公司": the value follows the verb, whatever 是 is in it
        body = body[written.end() :]
        body = _NAME_KIND.sub("", body, count=1)
    elif cue:
        body = body[cue.end() :]
    value_first = _VALUE_THEN_NOT.match(body)
    if value_first:
        new, old = value_first.group("new"), value_first.group("old")
        again = _RIGHT_ONE_AGAIN.match(old)
        if again:  # "去年退休以后 不是1月 我是7月退的": the time said again after the one denied belongs to the value
            return tidy(f"{new}，{again.group('more')}"), tidy(again.group("old"))
        return tidy(new), tidy(old)
    return tidy(body), ""


# after the value denied, the right one said again with its time: "1月，我是7月退的", "一号 是十五号那天"
_RIGHT_ONE_AGAIN = re.compile(
    r"^(?P<old>[^，,]+)[，,](?P<more>(?:我|俺|咱|他|她)?(?:是|就是|其实是|应该是)"
    r"[^，,]*?(?:\d{1,4}|[一二三四五六七八九十两]+)\s*(?:年|月|号|日).*)$"
)


# "写没有", "那写上…", "填成一户": how the citizen wants it written, before the value ("写成了…" tells what was written)
# 上 before a time is the time's own ("写上周三", "填上个月"): then only 写 is the verb
_TIME_AFTER_SHANG = r"(?!上|一?个?(?:周|星期|礼拜|月|次|回|半年|半个?月|旬|午|学期|季度))"
_WRITE_CUE = re.compile(
    r"^(?:那|那就|就|要|请|得|你|给我|帮我)*"
    rf"(?:写成(?!了)|写为|写作|写上{_TIME_AFTER_SHANG}|填成(?!了)|填上{_TIME_AFTER_SHANG}|记成(?!了)"
    rf"|记上{_TIME_AFTER_SHANG}|写|填|记)"
    r"(?![的了过错岔反漏信全详清具明着字楼下得])[:：,，\s]*"
)
# "写场子名，大海生态养殖场": the kind of name asked for, said before the name itself
_NAME_KIND = re.compile(r"^[\u4e00-\u9fff]{0,3}?的?(?:全名|名字|名称|全称|大名|名)[，,:：\s]+(?=\S)")

# a remark beside the value, no part of it: "其他对了", "名字我说了的", "两个都写上", "你少打了个字"
_REMARK_BESIDE = re.compile(
    r"^(?:其他|其它|其余|别的|剩下的)的?(?:都|也)?(?:对|没问题|没错|可以|无误|正确|不用改|不变)的?(?:了|啦|哈|啊)?$"
    r"|^(?:名字|名称|全名|这个|那个)?(?:我|俺)?(?:刚才|刚刚|前面|上面|之前|早就|已经|都)*"
    r"(?:说|讲|告诉你|提)(?:过|了)+(?:的|啊|呀|嘛)*$"
    r"|^(?:你|你们)?(?:少|多|漏)(?:打|写|记)?了?(?:一个|个|几个|两个)?字(?:了|啊)?$"
)
# "两个都写上": both parties named are to be written
_BOTH = re.compile(
    r"^(?:两个|俩|两家|两边|这两个|都)(?:都|全)?(?:要|得)?(?:写上|记上|写|记|填上|写进去|加上)(?:吧|啊|呀)?$"
)


def is_remark_beside(part: str) -> bool:
    """A clause after a value that speaks of the record, not of the value ("其他对了", "名字我说了的")."""
    return bool(_REMARK_BESIDE.match(part) or _BOTH.match(part))


def says_both(part: str) -> bool:
    return bool(_BOTH.match(part))


# "哈尔滨热力和我们物业": two parties; the possessive before the second says it is one more ("我们物业")
_TWO_PARTIES = re.compile(
    r"^(?P<a>[^，,、和跟]{2,}?)(?:和|跟|还有|以及|、)(?:(?P<own>我们|俺们|咱们|我家|俺家)(?:小区|单位)?的?)?"
    r"(?P<b>[^，,]{2,})$"
)


def as_parties(value: str, *, both: bool) -> str:
    """ "哈尔滨热力和我们物业" → "哈尔滨热力、物业" when both are meant ("两个都写上", or "我们…" before the second)."""
    found = _TWO_PARTIES.match(value)
    if not found or not (both or found.group("own")):
        return value
    return f"{found.group('a')}、{found.group('b')}"


def without_complaint(segment: str) -> str:
    """The segment without the complaint that opens it ("说错了，")."""
    return _ONLY_WRONG_PREFIX.sub("", segment, count=1)


def denied_place(segment: str) -> tuple[str, str] | None:
    said = place_denied(_ONLY_WRONG_PREFIX.sub("", segment, count=1))
    return (tidy(said[0]), tidy(said[1])) if said else None


# "不对，" "说错了，" "写错了一个字，" at the start of the segment
_ONLY_WRONG_PREFIX = re.compile(
    r"^(?:那里|那项|那一项|那栏|那块|那个|这一项|的)?\s*(?:也)?(?:不对|不准确?|有误|有问题|错了|"
    r"(?:说|写|打|记|填|搞|弄|输|选|录)(?:错|岔|反)了?)[了啦的]?[，,\s]*"
)
# "写的是白云区，其实是黄埔区" / "你记成了海珠区，应该是荔湾区": what was recorded, then the value
_WROTE_THEN_VALUE = re.compile(
    r"^(?:你|您|你们)?(?:写的是|记的是|说的是|写成了?|记成了?|填成了?|录成了?|弄成了?)(?P<old>.+?)[，,]?"
    r"(?:其实是|应该是|实际是|实际上是|正确的是|而是|是)(?P<new>.+)$"
)


def tidy(value: str) -> str:
    value = _STRIP_TAIL.sub("", value.strip())
    return _STRIP_LEAD.sub("", value, count=1).strip()


# what only leads to the party in a corrected respondent: an instruction to write it, or who the writer is
WHO_IT_IS = re.compile(
    r"^(?:.{0,12}?(?:要反映的是|反映的是|要告的是|告的是|投诉的是|举报的是)|(?:就|只)?写(?:全名|全称)?(?:就行|就好|就可以)?|就是|应该是)[，,\s]*"
)
# "写李娟", "填成李娟": how the name is to be written, before the name
WRITE_NAME_AS = re.compile(
    r"^(?:就|要|请)?(?:写成|填成|记成|写|填|记)(?:为|的是|上)?(?=[\u4e00-\u9fff]{2,4}$)"
)
