"""A second number said beside the citizen's own ("我儿子电话18607128844你咋没记上"): one more way to reach them,
kept with when and how to call, never in place of the phone on record unless the citizen says so (pure)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from bot.domain import text as textutil
from bot.parsing.phone import extract_own_phone, extract_phone, mask_phone

# whose number it is: "我儿子电话", "俺闺女的手机", "他女婿的号"
_SOMEONE_ELSES = re.compile(
    r"(?P<who>儿子|女儿|闺女|儿媳妇?|女婿|老公|老婆|爱人|老伴儿?|媳妇|丈夫|妻子|孙子|孙女|外孙女?|侄子|侄女|"
    r"哥哥?|姐姐?|弟弟?|妹妹?|家里人|家人|亲戚|邻居|朋友|同事)的?(?:电话|手机|座机|号码|号)"
)
# the citizen asks for the number on record to go: "改成我儿子的", "以后打我儿子的", "我的不用了"
_REPLACES = re.compile(
    r"改成|改为|换成|只留|就留|留(?:我)?(?:儿子|女儿|闺女|老伴|老公|老婆)的|(?:我|俺)的(?:电话|手机|号码?)?(?:不用|别打|停了|不用了|打不通了)|"
    r"以后(?:就)?打|只打(?:这个|他|她)"
)
SECOND_NUMBER_KEPT = (
    "好的，您的联系电话还是{own}，没有改；您{who}的号码{other}也记下了，联系不上您时工作人员会打。"
)


def second_contact(text: str | None, value: str, known: Mapping[str, Any]) -> tuple[str, str] | None:
    """(whose, number) when the phone a correction names is someone else's, said beside the citizen's own on
    record; None when it is the citizen's own or meant to replace it."""
    clean = textutil.to_simplified(textutil.to_halfwidth(text or ""))
    number, own = extract_phone(value or ""), str(known.get("phone") or "")
    found = _SOMEONE_ELSES.search(clean)
    if not number or not extract_phone(own) or number == own or not found or _REPLACES.search(clean):
        return None
    return found.group("who"), number


def kept_beside(known: Mapping[str, Any], who: str, number: str) -> tuple[str, str]:
    """The contact note with the second number added, and what the citizen is told."""
    before = str(known.get("contact_note") or "")
    added = f"{who}的电话 {number}" if who in before else f"联系不上时打{who}的电话 {number}"
    note = before if number in before else "，".join(n for n in (before, added) if n)
    said = SECOND_NUMBER_KEPT.format(own=mask_phone(str(known["phone"])), who=who, other=mask_phone(number))
    return note, said


# "0455-5237819 这是家里座机 手机号是13351028746": a second number of the citizen's own, given in the same answer
def second_own_number(reading: str, number: str) -> str | None:
    """The other number a phone answer gives beside `number` (the one kept as the phone), or None."""
    other = extract_own_phone((reading or "").replace(number, " "))
    return other if other and other != number else None


def with_second_number(note: str | None, reading: str, number: str) -> str | None:
    """The contact note with the second number of the citizen's own a phone answer gives, added once."""
    other = second_own_number(reading, number)
    if not other or other in (note or ""):
        return note
    return "，".join(n for n in (note, f"另一个号码 {other}") if n)


# "对 手机号也记上", "座机也写上": a number already given, asked to be kept too, at the summary
_KEEP_TOO = re.compile(
    r"^(?:对|是|好|嗯|没错|对的|是的|行)?[的了啊吧]?[\s,，]*(?:把|我的|俺的)?(?:手机号码|手机号|手机|电话号码|电话|座机|号码)"
    r"(?:也|都)(?:给我|帮我)?(?:记上|写上|加上|留上|记下|填上|留着|一起记上?)(?:吧|啊|呗|哈)?[\s。.!！~]*$"
)
SECOND_KEPT = "好的，两个号码都记上了：{numbers}，工作人员会先打第一个。"


def keeps_second_number(text: str | None, known: Mapping[str, Any]) -> str | None:
    """What "对 手机号也记上" at the summary is told when the second number is kept beside the phone; None when the
    message asks something else or no second number was given."""
    clean = textutil.to_simplified(textutil.to_halfwidth(text or "")).strip()
    note, own = str(known.get("contact_note") or ""), str(known.get("phone") or "")
    other = extract_phone(note)
    if not _KEEP_TOO.match(clean) or not other or not extract_phone(own):
        return None
    return SECOND_KEPT.format(numbers=f"{mask_phone(own)}、{mask_phone(other)}")
