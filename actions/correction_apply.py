"""A correction read and applied: each value read as the answer to its detail's question, that detail only
changed, and the sentences that tell the citizen what it was and what it is now."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from actions.change_said import change_sentence
from actions.correction_ask import meant_slot
from actions.correction_contacts import kept_beside, second_contact
from actions.correction_parse import CorrectionRequest, parse_corrections
from actions.correction_parties import unnamed_party
from actions.correction_reading import AS_WRITTEN, read_value, target_of
from actions.correction_request import BY_ROLE
from actions.correction_unlabelled import story_replacement
from actions.intake_turn import Turn
from actions.question_detect import question_clauses
from actions.respondent_naming import named_in_role
from actions.slots import COMPANIONS, NOT_PROVIDED, SLOT_LABELS
from actions.turn_adapter import turn_from_tracker
from bot.domain import text as textutil
from bot.parsing.respondent_written import both_parties


@dataclass
class Applied:
    """What a correction message changed, and what it could not read."""

    updates: dict[str, Any] = field(default_factory=dict)
    said: list[str] = field(default_factory=list)
    to_ask_again: list[str] = field(default_factory=list)
    named_only: list[str] = field(default_factory=list)  # named with no new value ("地址和电话都错了")


def corrections_beside_yes(tracker: Tracker) -> Applied | None:
    """ "对 提交 名字写李娟 王长根是我表扬的人": the details a yes to the summary also changes, each named, so the
    case is filed with them; None when the yes names none (or a value cannot be read: nothing is guessed)."""
    turn = turn_from_tracker(tracker)
    requests = [r for r in parse_corrections(turn.text) if r.slot and r.value]
    applied = apply_corrections(requests, turn) if requests else None
    if applied and all(turn.slots.get(slot) == value for slot, value in applied.updates.items()):
        return None  # "… 其他对了 提交": already changed by the correction that asked to file
    return applied if applied and applied.updates and not applied.to_ask_again else None


def apply_corrections(
    requests: list[CorrectionRequest], turn: Turn, entity_target: str | None = None
) -> Applied:
    """Every request read and applied to its detail only; the sentences that tell the citizen what changed."""
    applied = Applied()
    known = dict(turn.slots)
    for request in requests:
        slot = target_of(request, known, entity_target)
        if slot is None:
            continue
        if (
            request.label == BY_ROLE
            and "respondent" not in applied.updates  # "组长叫孔某 会计叫孔某某": both are named now
            and not unnamed_party(known.get("respondent"))
        ):
            continue  # "老板叫郑国强" beside "颐康养老公司" on record: who runs it, not another party
        slot = meant_slot(slot, request.value, turn.text, known)  # "地址…错了" beside a 通讯地址 on record
        other = second_contact(turn.text, request.value, known) if slot == "phone" else None
        if other is not None:  # "我儿子电话186…你咋没记上": one more way to reach, the citizen's own stays
            note, sentence = kept_beside(known, *other)
            applied.updates["contact_note"] = known["contact_note"] = note
            applied.said.append(sentence)
            continue
        value = request.value
        story = known.get("issue_text") or ""
        if slot == "issue_text" and request.old and request.old in story:
            # "反映的问题里 一级改成三级"; a sum after a lead-in ("俺算了一下 差一万五") replaces the sum alone
            value = story.replace(request.old, story_replacement(request), 1)
        elif (
            slot == "issue_text"
            and not request.adds
            and (
                _cuts_the_story(story, value)
                or question_clauses(value)  # "怎么只剩三级两个字了 我原来说的话呢"
            )
        ):
            applied.to_ask_again.append(slot)  # a few words never replace a whole story ("三级")
            continue
        if slot == "respondent" and slot in applied.updates:
            value = both_parties(applied.updates[slot], value)  # "组长叫孔某 会计叫孔某某": both named now
            known[slot] = turn.slots.get(slot)  # one sentence tells both, from what was on record
            applied.said = [t for t in applied.said if not t.startswith(f"好的，{SLOT_LABELS[slot]}")]
        elif request.adds and slot == "respondent" and known.get(slot) not in (None, "", NOT_PROVIDED):
            value = both_parties(known[slot], value)  # "公司也写上 蜀安建设": beside the one on record
        elif request.adds and slot in AS_WRITTEN and known.get(slot) not in (None, "", NOT_PROVIDED):
            value = f"{known[slot]}\n{value}"  # "补充一下：…" keeps what was said before
        updates = read_value(slot, value, turn) if request.value else {}
        if slot == "respondent" and updates.get(slot):
            updates[slot] = named_in_role(known.get(slot), updates[slot], turn.text)
        if updates.get(slot) in (None, ""):
            # e.g. a place found in several provinces: the offered candidates stay, the form asks with them
            applied.updates.update({key: v for key, v in updates.items() if key != slot})
            applied.to_ask_again.append(slot)
            applied.named_only += [] if request.value else [slot]
            continue
        applied.updates.update(updates)
        applied.said.append(change_sentence(slot, known.get(slot), updates[slot]))
        known.update(updates)
    return applied


# a story this long is not replaced by a correction of fewer Chinese characters than the second figure
STORY_CJK, MIN_NEW_STORY_CJK = 15, 6


def _cuts_the_story(story: str, value: str) -> bool:
    return textutil.cjk_count(story) >= STORY_CJK and textutil.cjk_count(value) < MIN_NEW_STORY_CJK


def clearing_events(slot: str) -> list[EventType]:
    """Emptying a detail makes the form ask for it again."""
    return [SlotSet(slot, None), *(SlotSet(companion, None) for companion in COMPANIONS.get(slot, ()))]
