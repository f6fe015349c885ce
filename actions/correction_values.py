"""How citizens wrap a corrected value: a place denied before the right one ("工地不在鄞州区 是在北仑区"), a
reason after the value ("应该是派出所 是他们不作为") and a part of the phone ("最后四位是7756"). Pure text work
for `actions.correction_parse` and `actions.correction_apply`."""

from __future__ import annotations

import re

from bot.parsing.people import people_count_as_said
from bot.parsing.people_alone import KIN
from bot.parsing.prior_report import NO_PRIOR_REPORT, extract_prior_report, names_where
from bot.parsing.surnames import surname_length

# "工地不在鄞州区 是在北仑区" / "不是在海珠 在天河": a place denied, then the right one (whatever was there)
_NOT_AT_THEN_AT = re.compile(
    r"^[^，,]{0,8}?(?:并|也)?不是?在(?P<old>[^，,]+?)[，,]?(?:而|其实|实际上)?(?:是|应该是|应该)?在(?P<new>.+)$"
)
# "是在北仑区 不在鄞州区": the right place first
# ("俺在陕西米脂县桃镇 不是河北": 不是 without 在 after the place said)
_AT_THEN_NOT_AT = re.compile(
    r"^[^，,]{0,8}?(?:是|应该)?在(?P<new>[^，,]+?)[，,\s]?(?:而)?(?:不是在?|不在)(?P<old>.+)$"
)


# "事情不在鄞州区": only the denial, the right place not said yet
_NOT_AT = re.compile(r"^[^，,]{0,8}?(?:并|也)?不是?在(?P<old>[^，,]+)$")


def place_denied(body: str) -> tuple[str, str] | None:
    """(new, old) from "工地不在鄞州区 是在北仑区" (the complaint "不对" already cut off); ("", old) when only denied."""
    found = _NOT_AT_THEN_AT.match(body) or _AT_THEN_NOT_AT.match(body)
    if found:
        return found.group("new").strip(), found.group("old")
    denied = _NOT_AT.match(body)
    return ("", denied.group("old")) if denied else None


# a clause that says why, after the value: "派出所，是他们不作为", "物业 因为他们一直不管"
_REASON = re.compile(
    r"[，,\s]*(?:(?:是|就是|都是|全是)?(?:因为|由于)|(?:是|就是|都是|全是)(?:他们|她们|它们|他|她|人家|这些人|那帮人))"
    r".*$|[，,]\s*(?:他们|她们|人家|这些人|那帮人).*$"
    # "村支书曾国华，他亲戚都吃上了": what the one named did, after the name
    r"|[，,]\s*(?:他|她)(?:的|家的?)?(?:亲戚|家里?人|儿子|女儿|老婆|媳妇|儿媳妇?|兄弟)?"
    r"(?:都|也|还|又|就|一直|总是|根本|从来).*$"
)


def without_reason(value: str) -> str:
    """ "派出所，是他们不作为" → "派出所"; the value itself when nothing would be left."""
    cut = _REASON.sub("", value)
    return cut.strip() if cut.strip() else value


# the last clause of a value, after a space or comma
_LAST_CLAUSE = re.compile(r"^(?P<head>.+?)[，,\s]+(?P<tail>[^，,\s]+)$")


def without_report_aside(value: str) -> str:
    """ "县人社局 12345也打过好几回" → "县人社局": an earlier report said after the party is no part of it."""
    found = _LAST_CLAUSE.match(value.strip())
    if not found:
        return value
    head = found.group("head").strip()
    if tells_earlier_report(found.group("tail")) and extract_prior_report(head) is None:
        return head
    return value


# "最后四位是7756", "尾号改成7756", "前三位是139": a part of the phone, the rest as recorded
_PHONE_PART_RE = re.compile(
    r"^(?:电话|手机|号码)?(?:的)?(?P<side>最后|最后面|后面|后|末尾|末|尾号|尾数|尾巴|前面|前|开头|头)(?:的)?"
    r"(?P<count>\d{1,2}|[一二两三四五六七八九十]{1,2})?(?:个)?(?:位|个数字?|个数)?(?:数字|数|号码|号)?"
    r"(?:应该是|其实是|改成|改为|换成|是|为|[:：])?\s*(?P<digits>\d{2,8})$"
)
_COUNTS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def phone_part(value: str) -> tuple[bool, str] | None:
    """(at the end?, digits) when the value gives only a part of the phone ("最后四位是7756"); None otherwise.
    A count that does not match the digits ("后三位是7756") is no such part."""
    found = _PHONE_PART_RE.match(re.sub(r"\s+", "", value))
    if not found:
        return None
    digits, count = found.group("digits"), found.group("count")
    size = int(count) if count and count.isdigit() else _COUNTS.get(count or "", len(digits))
    if size != len(digits):
        return None
    return not found.group("side").startswith(("前", "开头", "头")), digits


def patched_phone(known: str | None, at_end: bool, digits: str) -> str | None:
    """The recorded phone with its last (or first) digits replaced, its dashes kept; None when there is no
    phone to patch or the part is as long as the phone."""
    if not known or sum(ch.isdigit() for ch in known) <= len(digits):
        return None
    chars, queue = list(known), list(digits)
    positions = [i for i, ch in enumerate(chars) if ch.isdigit()]
    for i in reversed(positions) if at_end else positions:
        if not queue:
            break
        chars[i] = queue.pop() if at_end else queue.pop(0)
    return "".join(chars)


# "里 一级改成三级", "中的'三级'改为'二级'": a few words of the story swapped for others
WORDS_SWAPPED = re.compile(
    r"^(?:里|中|里面|里头)?[，,\s]*(?:的)?(?:把)?[\"“'‘]?(?P<old>[^，,。\"“”'‘’]{1,12}?)[\"”'’]?"
    r"(?:改成|改为|换成|应该是|应为|写成)[\"“'‘]?(?P<new>[^，,。\"“”'‘’]{1,20})[\"”'’]?$"
)


# "反映对象删掉 不要写", "这是个建议 没有要告谁": the detail is to be left empty, not set to these words
_ERASE = re.compile(
    r"^(?:把它|把这个|这个|这项|那项|这一项|那一项|那一栏|这一栏|那栏|这栏|就|那就|直接)*(?:删掉|删了|删除|去掉|拿掉|不要写|别写|不用写|不写|空着|留空|不填|不用填|(?:不|不想|不要|别)留(?:了|啦|吧)?$)"
    r"|没有?(?:要|想)?(?:告|反映|投诉|举报)(?:谁|哪个|哪一个|的人|的对象)|不(?:告|针对|是告)(?:谁|任何人|哪个)"
    r"|没有(?:具体)?(?:对象|的人)$"
)
# the details a citizen may leave empty by a correction (the story, the category and the place are needed)
ERASABLE = frozenset({"respondent", "address", "phone", "petitioner_name"})


def erases(value: str) -> bool:
    """Does the new value say to leave the detail empty ("删掉 不要写", "这是个建议 没有要告谁")?"""
    return _ERASE.search(value.strip(" ，,。.!！")) is not None


# "名字写我爸李保国", "写我妈的 她叫赵秀英": the name of the one the citizen files for, said after who it is
_KIN_NAME_RE = re.compile(
    rf"^(?:就|要|请)?(?:写成?|填成?|记成?|改成|用)?(?:我|俺|咱)家?(?:{KIN})的?(?:名字|姓名|大名)?[，,\s]*"
    r"(?:(?:他|她)?(?:叫|是))?(?P<name>[\u4e00-\u9fff·]{2,5}?)(?:的名字)?(?=$|[，,\s])"
)


def kin_name(value: str) -> str | None:
    """ "李保国" from "我爸李保国，我是代他反映"; None when no relative's name is said."""
    found = _KIN_NAME_RE.match(value.strip())
    return found.group("name") if found else None


# "三点水的汪", "木子李", "耳东陈": a character of the name spelled out, said after the name
_SPELLED = re.compile(r"^[\u4e00-\u9fff]{1,4}?(?:的|那个)?(?P<char>[\u4e00-\u9fff])(?:字)?$")


def spells_a_character(part: str, name_said: str) -> bool:
    """Does `part` only spell a character of the name said before it ("汪洁" … "三点水的汪")? Never part of the name."""
    found = _SPELLED.match(part.strip())
    if not found or len(part.strip()) > 6:
        return False
    char = found.group("char")  # a surname ("汪", "李"), in the name said, never a place's "区"
    return char in name_said and surname_length(char) == 1 and not re.match(r"是|就是|在|不", part.strip())


DENIED = re.compile(r"不是|不止|不只")
# "写我爸一个就行": how the count is to be written, before it
_WRITE_COUNT_AS = re.compile(r"^(?:就|请|要)?(?:写成?|填成?|记成?|改成)")


def count_said_first(value: str) -> str:
    """ "3个，我加两个工友": the count said right after the label, not one in what explains it."""
    value = _WRITE_COUNT_AS.sub("", value)
    first = value.split("，")[0]
    return first if first != value and people_count_as_said(first) is not None else value


def tells_earlier_report(clause: str) -> bool:
    """A clause that tells where the matter was reported ("之前还打过12345"), said after another detail."""
    found = extract_prior_report(clause)
    if found == NO_PRIOR_REPORT:  # "还有我之前没反映过": the none told as one more detail
        return bool(_ONE_MORE.match(clause))
    return found is not None and names_where(found)


_ONE_MORE = re.compile(r"^(?:还有|另外|然后|再就是)")
