"""Lets the citizen correct any detail at any point ("地址说错了，是…", "类别改成…，反映对象改成…").

`actions.correction_parse` says which details are named and what the new values are; this module reads each
value as an answer to that detail's question and changes that detail only, telling the citizen what it was
and what it is now.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import services
from actions.category_help import category_from_everyday_words
from actions.correction_ask import ask_for_values, meant_slot
from actions.correction_filed import (
    FILED_CHANGED,
    FILED_NOT_CHANGED,
    kept_for_next_case,
    update_filed_case,
)
from actions.correction_parse import CorrectionRequest, parse_corrections, slot_by_old_value
from actions.correction_values import patched_phone, phone_part
from actions.crisis_followup import filed_matter
from actions.intake_logic import is_generic_reprompt
from actions.intake_turn import Turn
from actions.slots import NOT_PROVIDED, SLOT_LABELS
from actions.summary import display_value
from actions.summary_fix import read_corrections
from actions.turn_adapter import read_turn_safely, say_notes, slot_events, turn_from_tracker
from actions.turn_answers import carries_answer
from actions.turn_context import reading_text
from bot.domain import text as textutil
from bot.parsing.legal_status import detect_legal_status
from bot.parsing.occurred_at import extract_occurred_at
from bot.parsing.phone import extract_phone
from bot.parsing.prior_report import extract_prior_report

# slots that change together with the one corrected
COMPANIONS = {
    "location": ("location_code", "location_candidates"),
    "category": ("category_confidence", "category_candidates"),
    "id_number": ("id_number_encrypted",),
}
# details whose new value is kept as the citizen wrote it (no parser could do better than their words)
# a house number: what a postal address has and the place of a matter need not
DOOR_NUMBER = re.compile(r"\d+\s*(?:号|栋|幢|单元|室|楼)|[一二三四五六七八九十]+(?:栋|幢|单元)")
AS_WRITTEN = frozenset({"issue_text", "respondent", "prior_report"})
NOTHING = frozenset({"没有", "没", "无", "没有的", "不知道", "不清楚", "没有对象"})
MAX_FREE_TEXT = 200


@dataclass
class Applied:
    """What a correction message changed, and what it could not read."""

    updates: dict[str, Any] = field(default_factory=dict)
    said: list[str] = field(default_factory=list)
    to_ask_again: list[str] = field(default_factory=list)
    named_only: list[str] = field(default_factory=list)  # named with no new value ("地址和电话都错了")


def target_of(request: CorrectionRequest, known: dict[str, Any], entity_target: str | None) -> str | None:
    """The detail a request is about: named, or the one holding the old value, or the new value's kind."""
    if entity_target in SLOT_LABELS:
        return entity_target
    if request.slot == "location" and DOOR_NUMBER.search(request.value):
        return (
            "address"  # "地址写详细点 珞狮路123号5栋2单元301": a door to post to, not the place of the matter
        )
    return request.slot or slot_by_old_value(request.old, known) or target_by_value(request.value)


# the division a street-level address starts with: "珞南街道珞狮路123号" within 湖北省武汉市洪山区珞南街道
_FIRST_DIVISION = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:街道|镇|乡|区|县|市)")


def _completed_address(value: str, location: str) -> str:
    """ "珞南街道珞狮路123号" said for a place on record as 湖北省武汉市洪山区珞南街道: the province, city and
    district on record are put before it, so the notice can be posted."""
    first = _FIRST_DIVISION.match(value)
    if first and first.group() in location and not location.startswith(first.group()):
        return location[: location.index(first.group())] + value
    return value


# the building a door number starts with: "12号楼" of "12号楼2单元602"
_LEADING_BUILDING = re.compile(r"^\d+\s*(?:号楼|号|栋|幢|楼)")


def _same_building(value: str, before: str) -> str:
    """ "12号楼2单元602" said for an address on record as "龙腾苑三区12号楼": the same building told in full, so
    the compound's name stays ("龙腾苑三区12号楼2单元602")."""
    building = _LEADING_BUILDING.match(value)
    at = before.find(building.group()) if building else -1
    if at <= 0 or before[at - 1].isdigit():
        return value
    return before[:at] + value


def target_by_value(value: str) -> str | None:
    """ "13974612385" is a phone, "上个月" a time, "海淀区" a place, "还没起诉" a court status."""

    clean = textutil.normalize_for_parsing(value)
    if not clean:
        return None
    if extract_phone(clean):
        return "phone"
    if detect_legal_status(clean) is not None:
        return "legal_status"
    if category_from_everyday_words(clean, exact_names_only=True):
        return "category"
    if extract_occurred_at(clean, services.now_local()):
        return "occurred_at"
    if services.gazetteer().resolve(clean).status != "none":
        return "location"
    return None


def read_value(slot: str, value: str, turn: Turn) -> dict[str, Any]:
    """The slot updates that `value`, read as the answer to `slot`'s question, gives; {} when unreadable."""
    clean = textutil.normalize_for_parsing(value)
    if not clean:
        return {}
    if slot == "prior_report":  # "没有" → 未曾反映, never the word itself
        return {slot: extract_prior_report(value) or value.strip()[:MAX_FREE_TEXT]}
    if slot == "respondent" and clean in NOTHING:
        return {slot: NOT_PROVIDED}
    part = phone_part(value) if slot == "phone" else None
    if part:  # "最后四位是7756": the recorded phone with those digits; unreadable without one
        patched = patched_phone(turn.slots.get("phone"), *part)
        return {slot: patched} if patched else {}
    if slot == "issue_text":  # the story is kept whole
        return {slot: value.strip()}
    if slot == "address":
        value = _same_building(value.strip(), turn.slots.get("address") or "")
        return {slot: _completed_address(value, turn.slots.get("location") or "")[:MAX_FREE_TEXT]}
    if slot in AS_WRITTEN:
        return {slot: value.strip()[:MAX_FREE_TEXT]}
    if slot == "legal_status":
        status = detect_legal_status(clean) or ("none" if clean in NOTHING else None)
        return {slot: status} if status else {}
    if slot == "category":
        # "交通吧 公交站": the class first, then why; the first piece that names one decides
        pieces = [p for p in re.split(r"[，,。\s]+", clean) if p]
        named = category_from_everyday_words(clean) or next(
            (c for c in map(category_from_everyday_words, pieces[:1]) if c), None
        )
        if named:
            return {slot: named, "category_confidence": 1.0, "category_candidates": None}
    reading = Turn(
        text=value,
        intent="inform",
        slots=dict(turn.slots),
        requested_slot=slot,
        now=turn.now,
        correcting=slot,
    )
    result = read_turn_safely(reading)
    allowed = {slot, *COMPANIONS.get(slot, ())}
    return {key: v for key, v in result.updates.items() if key in allowed}


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
        slot = meant_slot(slot, request.value, turn.text, known)  # "地址…错了" beside a 通讯地址 on record
        value = request.value
        if request.adds and slot in AS_WRITTEN and known.get(slot) not in (None, "", NOT_PROVIDED):
            value = f"{known[slot]}\n{value}"  # "补充一下：…" keeps what was said before
        updates = read_value(slot, value, turn) if request.value else {}
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


def change_sentence(slot: str, before: Any, after: Any) -> str:
    label = SLOT_LABELS[slot]
    new = display_value(slot, after)
    old = display_value(slot, before)
    if old in (None, NOT_PROVIDED) or old == new:
        return f"好的，{label}记为“{new}”。"
    return f"好的，{label}已从“{old}”改成“{new}”。"


def clearing_events(slot: str) -> list[EventType]:
    """Emptying a detail makes the form ask for it again."""
    return [SlotSet(slot, None), *(SlotSet(companion, None) for companion in COMPANIONS.get(slot, ()))]


def _answers_during_intake(tracker: Tracker, turn: Turn) -> bool:
    """A message taken for a correction that names nothing to correct but answers the question the intake asked."""
    return (
        tracker.active_loop.get("name") == "intake_form"
        and not tracker.get_slot("awaiting_confirmation")
        and bool(turn.requested_slot)
        and carries_answer(turn, reading_text(turn.text))
    )


class CorrectDetail(Action):
    def name(self) -> str:
        return "action_correct_detail"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        turn = turn_from_tracker(tracker)
        entity_target = next(
            (e.get("value") for e in turn.entities if e.get("entity") == "correction_target"), None
        )
        requests = (
            [CorrectionRequest(entity_target, "")]
            if entity_target
            else read_corrections(turn.text, turn.slots)
        )
        applied = apply_corrections(requests, turn, entity_target)
        return self.events_for(dispatcher, tracker, turn, applied)

    @classmethod
    def tentative(cls, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType] | None:
        """The correction's events only when every value it names could be read; None (nothing said) otherwise.

        For a message that reads like a correction without saying so ("名字写全一点，叫向桂芝" at the summary):
        an unreadable value there must not empty a detail the citizen gave ("电话也可以打我老公的")."""
        turn = turn_from_tracker(tracker)
        applied = apply_corrections(read_corrections(turn.text, turn.slots), turn)
        if not applied.updates or applied.to_ask_again:
            return None
        return cls.events_for(dispatcher, tracker, turn, applied)

    @classmethod
    def events_for(
        cls, dispatcher: CollectingDispatcher, tracker: Tracker, turn: Turn, applied: Applied
    ) -> list[EventType]:
        if not applied.updates and not applied.to_ask_again:
            if _answers_during_intake(tracker, turn):  # "就是刚才那个电话": read as the answer it is
                answer = read_turn_safely(replace(turn, intent="inform"))
                say_notes(dispatcher, answer.notes)
                return [SlotSet("awaiting_confirmation", False), *slot_events(answer)]
            # "需要修改": nothing changes yet; after the summary the bot waits for the answer
            # (rules/intake.yml), during the intake the form asks its question again
            dispatcher.utter_message(response="utter_ask_which_to_correct")
            return [SlotSet("awaiting_confirmation", bool(tracker.get_slot("awaiting_confirmation")))]

        filed = filed_matter(tracker)
        if filed:
            return cls._filed_events(dispatcher, tracker, filed, applied)
        if _asks_values_only(tracker, applied):  # "地址和电话都错了": asked for once, nothing wiped
            dispatcher.utter_message(text=ask_for_values(applied.named_only))
            return [SlotSet("awaiting_confirmation", True)]
        events: list[EventType] = [SlotSet("awaiting_confirmation", False)]
        for sentence in applied.said:
            dispatcher.utter_message(text=sentence)
        events += [SlotSet(slot, value) for slot, value in applied.updates.items()]
        for slot in applied.to_ask_again:
            if slot in applied.updates:
                continue
            cls._explain_unreadable(dispatcher, turn, slot)
            events += [e for e in clearing_events(slot) if e["name"] not in applied.updates]
        return events

    @staticmethod
    def _filed_events(
        dispatcher: CollectingDispatcher, tracker: Tracker, number: str, applied: Applied
    ) -> list[EventType]:
        """After filing: the filed case changes with the details, or the citizen hears that staff change it;
        no new intake starts."""
        changed = bool(applied.said) and update_filed_case(number, tracker.sender_id, applied.updates)
        if changed:
            for sentence in applied.said:
                dispatcher.utter_message(text=sentence)
            dispatcher.utter_message(text=FILED_CHANGED.format(number=number))
        else:
            dispatcher.utter_message(text=FILED_NOT_CHANGED.format(number=number))
        kept = kept_for_next_case(applied.updates) if changed else {}
        events: list[EventType] = [SlotSet(slot, value) for slot, value in kept.items()]
        return [SlotSet("awaiting_confirmation", False), *events, FollowupAction("action_listen")]

    @staticmethod
    def _explain_unreadable(dispatcher: CollectingDispatcher, turn: Turn, slot: str) -> None:
        """A specific reason ("号码不完整") helps; "没太看懂" after just "时间" would not."""
        request = next((r for r in parse_corrections(turn.text) if r.slot == slot and r.value), None)
        if request is not None and phone_part(request.value):
            dispatcher.utter_message(text="只改几位的话我对不上号，请把完整的电话号码再说一遍。")
        elif request is not None:
            reading = Turn(
                text=request.value, intent="inform", slots=dict(turn.slots), requested_slot=slot, now=turn.now
            )
            notes = read_turn_safely(reading).notes
            say_notes(dispatcher, [n for n in notes if not is_generic_reprompt(n)][:1])
        dispatcher.utter_message(text=f"好的，我们重新填一下{SLOT_LABELS[slot]}。")


def _asks_values_only(tracker: Tracker, applied: Applied) -> bool:
    """At the summary, two details or more named wrong with no new value for any of them."""
    return (
        bool(tracker.get_slot("awaiting_confirmation"))
        and not applied.updates
        and len(applied.named_only) > 1
        and set(applied.to_ask_again) == set(applied.named_only)
    )
