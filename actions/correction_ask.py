"""Several details said to be wrong with no new values ("地址和电话都错了"): asked for once, nothing wiped.

At the summary "地址" next to a 通讯地址 on record is that address, unless the words name the place of the matter
("发生地", "地点"); the details stay as they are until the citizen gives the right ones, so nothing else is asked
again and nothing is lost if they only meant to check.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from actions.slots import NOT_PROVIDED, SLOT_LABELS
from bot.domain import text as textutil

# words that name the place of the matter, not where to post the notice
_PLACE_WORDS = re.compile(r"发生地|事发|地点|地方|在哪|哪里发生|位置|地名|地区")
ASK_VALUES = "好的，{labels}要改成什么？请直接告诉我，比如“{example}”。其他的都不变。"
_EXAMPLES = {
    "phone": "电话是139……",
    "address": "地址是……号楼……单元……",
    "location": "地点是……区……街道",
    "occurred_at": "时间是去年三月",
    "people_count": "人数是三十户",
    "petitioner_name": "名字是……",
    "respondent": "反映对象是……",
}


def meant_slot(slot: str, value: str, text: str, known: Mapping[str, Any]) -> str:
    """ "地址…都错了" with no value at the summary: the 通讯地址 on record, not the place of the matter; "地址不对 俺住
    稍岗镇李楼村" while the address is asked: that address."""
    if slot != "location":
        return slot
    clean = textutil.normalize_for_parsing(text)
    names_address = "地址" in clean and not _PLACE_WORDS.search(clean)
    if names_address and known.get("requested_slot") == "address":
        return "address"
    if value or known.get("address") in (None, "", NOT_PROVIDED):
        return slot
    return "address" if names_address else slot


def ask_for_values(slots: Sequence[str]) -> str:
    """One question for the new values of the details named without them ("地址和电话都错了")."""
    labels = "和".join(SLOT_LABELS[slot] for slot in slots)
    example = "，".join(_EXAMPLES.get(slot, f"{SLOT_LABELS[slot]}是……") for slot in slots)
    return ASK_VALUES.format(labels=labels, example=example)
