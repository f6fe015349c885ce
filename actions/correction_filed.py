"""A correction said after the case was filed ("刚才那个电话写错了 应该是…"): the filed case is changed too.

The bot must never say it changed what it did not. While the case waits to be taken up (待受理) and was filed in
this conversation, the case store takes the new values, so the progress check and the staff see them; otherwise
the citizen hears honestly that the details of a filed case are changed by staff, and how to reach them.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from actions import services
from actions.correction_labels import LABELS
from actions.correction_parse import parse_corrections
from actions.filed_notes import kept_with_case
from actions.slots import RESET_AFTER_FILING, SLOT_LABELS
from bot.cases.citizen_changes import CHANGEABLE
from bot.domain import text as textutil

logger = logging.getLogger(__name__)

FILED_CHANGED = "已登记的事项（编号 {number}）也一并改好了。"
FILED_NOT_CHANGED = (
    "您的事项已经登记（编号 {number}），登记后的内容要由工作人员来改，我这边改不了。"
    "您刚才说的工作人员在对话记录里能看到；也可以拨打当地信访部门公布的电话，报上事项编号说明要改的地方。"
)


STORY_CORRECTED = (
    "好的，您更正的说法已经加到事项（编号 {number}）里了，工作人员会按您说的核对，不用再登记一件。"
)
STORY_NOT_CORRECTED = (
    "您更正的说法我记下了，工作人员在对话记录里能看到；刚才登记的事项（编号 {number}）本身要由工作人员来改，"
    "不用再登记一件。"
)
STORY_HEADING = "登记后更正"
STORY_NOTE = "市民在对话中更正了登记的内容"
# the story said wrong in so many words: "问题不对 我反映的是…", "反映的问题写错了", "事情经过应该是…"
_STORY_WRONG = re.compile(
    r"^\s*(?:不对|不是)?[\s,，]*(?:你们?|刚才|刚刚)?(?:记的|写的|登记的)?(?:"
    + "|".join(sorted(map(re.escape, LABELS["issue_text"]), key=len, reverse=True))
    + r")(?:那里|那项|那一项|那栏|的)?\s*(?:也|都)?"
    r"(?:不对|不准|有误|错了|(?:写|记|说|搞|弄)错了?|改成|改为|应该是|应为|不是这个)"
)


def corrects_filed_story(text: str | None) -> bool:
    """ "问题不对 我反映的是…" said after filing: the story of the filed case said wrong, not a new matter."""
    return bool(_STORY_WRONG.match(textutil.to_simplified(textutil.to_halfwidth(text or ""))))


# a detail of the record named first: "反映对象是…", "电话改成…" (the story's own labels are _STORY_WRONG's)
_DETAIL_FIRST = re.compile(
    r"^\s*(?:不对|不是)?[\s,，]*(?:"
    + "|".join(
        sorted(
            (re.escape(w) for slot, words in LABELS.items() if slot != "issue_text" for w in words),
            key=len,
            reverse=True,
        )
    )
    + r")(?:那项|那一项|那里|那栏)?\s*(?:是|改成|改为|换成|写|应该|应为|不对|错了|说错|记错|填错|[:：]|"
    r"不光|不只|不止|不仅)"  # "对象不光组长 还有会计": one more party of the filed case
)


def corrects_filed_detail(text: str | None) -> bool:
    """ "反映对象是楼上502林家和榕城物业" said after filing, taken for a new story by the classifier: a detail of the
    filed case said again or corrected, never a new matter to file (hm-019 filed a junk second case)."""
    clean = textutil.to_simplified(textutil.to_halfwidth(text or ""))
    if not _DETAIL_FIRST.match(clean):
        return False
    requests = parse_corrections(clean)
    return bool(requests) and all(r.slot and r.slot != "issue_text" and r.value for r in requests)


def story_correction_reply(number: str, conversation_id: str, text: str, *, checked: bool) -> str:
    """The correction kept with the filed case's story (never replacing it: staff compare the two), and the reply."""
    kept = kept_with_case(
        number,
        conversation_id,
        text,
        checked=checked,
        heading=STORY_HEADING,
        note=STORY_NOTE,
        what="the story's correction",
    )
    return (STORY_CORRECTED if kept else STORY_NOT_CORRECTED).format(number=number)


def update_filed_case(number: str, conversation_id: str, updates: dict[str, Any]) -> bool:
    """True when the filed case now holds every detail in `updates`; False (nothing changed) when one of them
    cannot be changed here or the case store says no."""
    if not updates or any(slot in SLOT_LABELS and slot not in CHANGEABLE for slot in updates):
        return False
    changes = {slot: value for slot, value in updates.items() if slot in CHANGEABLE}
    try:
        return services.case_repository().correct_details(number, conversation_id, changes)
    except Exception as error:  # noqa: BLE001 - the citizen is told staff will change it
        logger.error("could not correct the filed case: %s", type(error).__name__)
        return False


def kept_for_next_case(updates: dict[str, Any]) -> dict[str, Any]:
    """The corrected details that stay in the conversation after filing (name, phone, address): the next
    matter told starts without the filed one's place or time."""
    return {slot: value for slot, value in updates.items() if slot not in RESET_AFTER_FILING}
