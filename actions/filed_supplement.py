"""More told about the case just filed ("刚才那个再补充一点：物业去年还把绿地改成了收费停车位"): added to that case.

A citizen who says they add to the matter filed is not asked for a place, a respondent and a court again as if it
were a second one: the words are appended to the filed case's story (while it waits to be taken up and in the
conversation that filed it), and they hear so. "我是说补充到刚才那件里" with nothing new in it is answered, never
the story of a new case. "还有个事 …" with no word of adding is a new matter and keeps its own intake.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from rasa_sdk import Tracker

from actions import services
from actions.correction_after_filing import filed_details_changed
from actions.correction_filed import corrects_filed_detail, corrects_filed_story, story_correction_reply
from actions.filed_reference import JUST_NOW, POINTING, REFERS
from actions.filed_withdrawal import wants_withdrawal, withdrawal_reply
from actions.matter_kind import tells_a_story
from actions.procedure_questions import ADDS_EVIDENCE
from bot.domain import text as textutil
from bot.domain.knowledge import faq_answer

logger = logging.getLogger(__name__)

# adding to what was told; not a product named so ("补充医疗保险", "补充协议")
ADDS = re.compile(
    r"补充(?!医疗|养老|保险|协议|公积金|住房)|追加|补个情况|再说(?:一点|几句)|"
    # "刚才忘了说 …这个能加上吗": something left out of what was told
    r"忘了说|忘记说|忘说了|漏说了|没说完|(?:能|可以|帮我|给我)(?:把这个?)?加(?:上|进去)(?!电话|手机|号码|名字|姓名|地址)"
)
# the words that say so: "刚才那个再补充一点", "我是说补充到刚才那件里", "补充一下"
_WHICH = rf"(?:{JUST_NOW})?(?:那个|那件|那条|这件|的)?(?:事情?)?"
ADD_PHRASE = re.compile(
    rf"{_WHICH}(?:我)?(?:再|还|想|要|得)*(?:补充|追加|补个情况)(?:一下|一点|几句|一句|下)?"
    rf"(?:(?:到|进|在){_WHICH}(?:里|中|上|里面)?)?"
)
SUPPLEMENT_MIN_CJK = 5  # fewer Chinese characters than this, outside the words of adding, tell nothing new

ADDED = "好的，您补充的情况已经加到事项（编号 {number}）里了，工作人员处理时会一起看到，不用再登记一件。"
NOT_ADDED = (
    "您补充的情况我记下了，工作人员在对话记录里能看到；刚才登记的事项（编号 {number}）本身要由工作人员来补充，"
    "不用再登记一件。"
)
ALREADY = "您补充的情况已经加到事项（编号 {number}）里了，不用再说一遍。还有要补充的，直接说就行。"
WHAT_TO_ADD = "好的，要补充什么，直接说就行，我加到刚才登记的事项（编号 {number}）里。"
EVIDENCE_FOR = "给刚才登记的事项（编号 {number}）补照片、材料，不用再登记一件。{how}"


def adds_to_filed(text: str | None) -> bool:
    """Do the words say they add to the matter already told ("刚才那个再补充一点", "补充一下：…")?"""
    clean = textutil.normalize_for_parsing(text or "")
    found = ADDS.search(clean)
    return found is not None and (REFERS.search(clean) is not None or found.start() <= 4)


def offers_evidence(text: str) -> bool:
    """ "我想补一张电梯坏了的照片": a photo or a document for the case, with no new matter told around it (not
    "社保局让我补交材料 一直不给办", a matter of its own)."""
    clean = textutil.normalize_for_parsing(text or "")
    return ADDS_EVIDENCE.search(clean) is not None and not tells_a_story(ADDS_EVIDENCE.sub(" ", clean))


def supplement_of(text: str) -> str:
    """What is added, without the words that say it is added ("刚才那个再补充一点：" / "我是说补充到刚才那件里")."""
    clean = ADD_PHRASE.sub(" ", text)  # kept as written when the words of adding are found in it
    if clean == text:
        clean = ADD_PHRASE.sub(" ", textutil.normalize_for_parsing(text))
    return re.sub(r"^[\s,.;!?，。；！？:：]+|[\s,.;!?，。；！？:：]+$", "", clean)


def tells_something(supplement: str) -> bool:
    """Whether the added words tell something new, not only point back ("就是刚才那个小区啊，我是说")."""
    said = POINTING.sub("", supplement)
    return tells_a_story(said) or textutil.cjk_count(said) >= SUPPLEMENT_MIN_CJK


def supplement_to_filed(tracker: Tracker, text: str) -> str | None:
    """The reply when the message adds to the case just filed, or to the one whose progress was just checked with
    its phone or query code (the words appended to it), corrects its story or withdraws it; else None."""
    checked = tracker.get_slot("checked_case_number")
    number = tracker.get_slot("case_number") or checked
    if not number or tracker.get_slot("issue_text"):
        return None
    if wants_withdrawal(text):  # "他家来道歉了 那我这个能撤回吗": kept with the case, no new intake
        return withdrawal_reply(number, tracker.sender_id, text, checked=number == checked)
    if (
        corrects_filed_detail(text)
        and number != checked
        and (changed := filed_details_changed(tracker, number))
    ):
        return (
            changed  # "反映对象不只组长 还有会计…": the filed case changed, as a correction would change it
        )
    if corrects_filed_story(text) or corrects_filed_detail(text):
        # "问题不对 我反映的是…", "反映对象是…": kept with the case for staff to correct, no new intake
        return story_correction_reply(number, tracker.sender_id, text, checked=number == checked)
    if offers_evidence(text) and not adds_to_filed(text):
        return EVIDENCE_FOR.format(number=number, how=faq_answer("send_evidence"))  # "我想补一张照片"
    if not adds_to_filed(text):
        return None
    supplement = supplement_of(text)
    if not tells_something(supplement):
        earlier = _said_since_filing(tracker.events)[:-1]
        added = any(adds_to_filed(t) and tells_something(supplement_of(t)) for t in earlier)
        return (ALREADY if added else WHAT_TO_ADD).format(number=number)
    added = _append(number, tracker.sender_id, supplement, checked=number == checked)
    return (ADDED if added else NOT_ADDED).format(number=number)


def _append(number: str, conversation_id: str, supplement: str, *, checked: bool) -> bool:
    try:
        return services.case_repository().add_supplement(number, conversation_id, supplement, checked=checked)
    except Exception as error:  # noqa: BLE001 - the citizen is told staff see it in the transcript
        logger.error("could not add to the filed case: %s", type(error).__name__)
        return False


def _said_since_filing(events: list[dict[str, Any]]) -> list[str]:
    """The citizen's messages since the latest case number was set."""
    said: list[str] = []
    for event in events:
        if event.get("event") == "slot" and event.get("name") == "case_number" and event.get("value"):
            said = []
        elif event.get("event") == "user":
            said.append(event.get("text") or "")
    return said
