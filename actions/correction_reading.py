"""Reads the new value of a correction: which detail it is about and what that detail becomes.

"13974612385" is a phone, "上个月" a time; a value is read as the answer to its detail's question and only
that detail (and what goes with it) may change.
"""

from __future__ import annotations

import re
from typing import Any

from actions import services
from actions.category_help import category_from_everyday_words
from actions.correction_labels import MATTER_PLACE_LABELS
from actions.correction_parse import CorrectionRequest, slot_by_old_value, slot_shortened
from actions.correction_unlabelled import amount_in_story
from actions.correction_values import ERASABLE, erases, patched_phone, phone_part
from actions.intake_turn import Turn
from actions.slots import COMPANIONS, NOT_PROVIDED, SLOT_LABELS
from actions.turn_adapter import read_turn_safely
from bot.domain import text as textutil
from bot.parsing.legal_status import detect_legal_status
from bot.parsing.occurred_at import extract_occurred_at
from bot.parsing.phone import extract_phone
from bot.parsing.prior_report import extract_prior_report
from bot.parsing.respondent_written import as_written
from bot.parsing.time_restated import restates_the_record

# details whose new value is kept as the citizen wrote it (no parser could do better than their words)
# a house number: what a postal address has and the place of a matter need not
DOOR_NUMBER = re.compile(r"\d+\s*(?:号|栋|幢|单元|室|楼)|[一二三四五六七八九十]+(?:栋|幢|单元)")
AS_WRITTEN = frozenset({"issue_text", "respondent", "prior_report"})
NOTHING = frozenset({"没有", "没", "无", "没有的", "不知道", "不清楚", "没有对象"})
MAX_FREE_TEXT = 200


def target_of(request: CorrectionRequest, known: dict[str, Any], entity_target: str | None) -> str | None:
    """The detail a request is about: named, or the one holding the old value, or the new value's kind."""
    if entity_target in SLOT_LABELS:
        return entity_target
    # "地点写安静街道新阳路268号" is the place of the matter, whatever its door number
    named_place = request.label in MATTER_PLACE_LABELS
    if request.slot == "location" and not named_place and DOOR_NUMBER.search(request.value):
        return (
            "address"  # "地址写详细点 珞狮路123号5栋2单元301": a door to post to, not the place of the matter
        )
    if request.slot == "location" and not named_place and erases(request.value):
        return "address"  # "地址不写 别记那个": the place of the matter is needed, the postal address is not
    return (
        request.slot
        or slot_by_old_value(request.old, known)
        or ("issue_text" if amount_in_story(request, known.get("issue_text")) else None)
        or slot_shortened(request.value, known)  # "就写陈淋子镇土地所" of "陈淋子镇土地所 姓包的那个"
        or _target_by_value(request.value, known)
    )


def _target_by_value(value: str, known: dict[str, Any]) -> str | None:
    """The new value's kind; not the time when it only says the recorded one again, more loosely (上礼拜 of 上周三)."""
    target = target_by_value(value)
    if target == "occurred_at" and restates_the_record(value, known.get("occurred_at"), services.now_local()):
        return None
    return target


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
    if slot in ERASABLE and erases(clean):  # "反映对象删掉 不要写": left empty, never these words
        return {slot: NOT_PROVIDED}
    if slot == "prior_report":  # "没有" → 未曾反映, never the word itself
        return {slot: extract_prior_report(value) or value.strip()[:MAX_FREE_TEXT]}
    if slot == "respondent" and clean in NOTHING:
        return {slot: NOT_PROVIDED}
    if slot == "respondent":  # "写 天河区石牌街道派出所 其他对": the party alone
        return {slot: as_written(value)[:MAX_FREE_TEXT]}
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
