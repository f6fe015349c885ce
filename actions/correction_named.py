"""A detail named by its label while another question is asked ("地点是陕西省榆林市米脂县桃镇" at the head-count
question, "反映对象是桃镇派出所" at the name question): a correction of that detail, not a failed answer."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from actions.correction_labels import LABELLED_VALUE
from actions.correction_parse import parse_corrections
from bot.domain import text as textutil

# "换一类", "重新选个类别": the button's words typed, the detail to be chosen again
_REDO = {
    "category": re.compile(
        r"^(?:我要|我想|帮我|请)?(?:换一?个?类(?:别|型)?|换个分类|重新选(?:一下|个)?(?:类别?|分类)|类别重新选)[吧啊呀。.!！]*$"
    )
}


# "有哪些类你说给我听", "都有啥类别 念念": the classes asked for, to choose again from them
_CLASSES_ASKED = re.compile(
    r"(?:哪些|哪几|什么|啥|几)(?:个)?类(?:别|型)?(?:呢|啊)?[\s,，]*(?:你)?(?:说|念|讲|列|报)"
)


def detail_to_redo(text: str | None) -> str | None:
    """The detail a message asks to choose again ("换一类", "有哪些类你说给我听"), or None."""
    clean = textutil.to_simplified(textutil.to_halfwidth(text or "")).strip()
    if _CLASSES_ASKED.search(clean):
        return "category"
    return next((slot for slot, said in _REDO.items() if said.match(clean)), None)


# the place's label ("地址") also names the postal address: at the address question it is the answer
_SAME_QUESTION = {"address": frozenset({"address", "location"})}


def names_another_detail(text: str | None, known: Mapping[str, Any], asked: str | None) -> bool:
    """The message opens with the label of a detail on record and its value ("反映对象是…"), and every detail it
    names is one on record other than the one `asked`."""
    clean = textutil.to_simplified(textutil.to_halfwidth(text or "")).strip()
    redo = detail_to_redo(clean)
    if asked and redo:  # "换一类" typed at the time question: the class is asked again, no failed answer
        return redo != asked and known.get(redo) not in (None, "")
    if not asked or not LABELLED_VALUE.match(clean):
        return False
    requests = parse_corrections(clean)
    same = _SAME_QUESTION.get(asked, frozenset({asked}))
    return bool(requests) and all(
        r.slot and r.slot not in same and r.value and known.get(r.slot) not in (None, "") for r in requests
    )
