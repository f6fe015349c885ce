"""A second number said beside the citizen's own ("我儿子电话18607128844你咋没记上"): one more way to reach them,
kept with when and how to call, never in place of the phone on record unless the citizen says so (pure)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from bot.domain import text as textutil
from bot.parsing.phone import extract_phone, mask_phone

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
