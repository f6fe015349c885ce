"""Values a correction says without naming their detail: after "人数和时间都不对" each goes to a detail listed, a
phone number to the phone, and the one value beside the one bare label to that label (pure)."""

from __future__ import annotations

import re

from actions.correction_request import CorrectionRequest
from bot.parsing.phone import extract_phone

# "全村三百来户", "就我们两家": a head count
_COUNT = re.compile(r"[\d一二两俩三四五六七八九十百千万几]+\s*(?:来|多|余)?\s*(?:户|个人|口人|口|人|家)")


def fill_announced(requests: list[CorrectionRequest], announced: list[str]) -> list[CorrectionRequest]:
    """The values said without a label after "人数和时间都不对" go to the details listed: a phone number to the
    phone, a head count to the number of people, the rest in the order listed; a listed detail given no
    value at all stays to be asked again."""
    open_slots = [slot for slot in announced if slot not in {r.slot for r in requests}]
    filled: list[CorrectionRequest] = []
    for request in requests:
        if request.slot is None and request.value and open_slots:
            slot = _slot_for(request.value, open_slots)
            open_slots.remove(slot)
            request = CorrectionRequest(slot, request.value, request.old, request.adds)
        filled.append(request)
    return filled + [CorrectionRequest(slot, "") for slot in open_slots]


def _slot_for(value: str, open_slots: list[str]) -> str:
    if "phone" in open_slots and extract_phone(value):
        return "phone"
    if "people_count" in open_slots and _COUNT.search(value):
        return "people_count"
    kinds = [slot for slot in open_slots if slot not in ("phone", "people_count")]
    return (kinds or open_slots)[0]


def phone_if_unnamed(request: CorrectionRequest) -> CorrectionRequest:
    """ "不对不对 还是第一个对 18980123456": a phone number said without a label corrects the phone."""
    number = extract_phone(request.value) if request.slot is None else None
    return CorrectionRequest("phone", number, request.old) if number else request


def pair_value_with_label(requests: list[CorrectionRequest]) -> list[CorrectionRequest]:
    """ "不是物业，是开发商，被投诉的写错了": the value said without a label belongs to the label said without one."""
    unnamed = [r for r in requests if r.slot is None and r.value]
    bare = [r for r in requests if r.slot and not r.value]
    if len(unnamed) != 1 or len(bare) != 1:
        return requests
    merged = CorrectionRequest(bare[0].slot, unnamed[0].value, unnamed[0].old)
    return [merged if r is bare[0] else r for r in requests if r is not unnamed[0]]


# a sum of money or a figure as said: "七千二", "一万五", "7600", "3.5万", "两千块"
_SUM = r"(?:[\d.]+|[一二两三四五六七八九十几]+)\s*(?:[十百千万][一二两三四五六七八九十几\d]*)*\s*(?:多)?\s*(?:块钱?|元|万)?"
_AMOUNT = re.compile(rf"^{_SUM}$")
# the sum said last, after a lead-in: "俺算了一下，差一万五"
_LAST_SUM = re.compile(rf"(?:^|[，,\s差欠是共有])(?P<sum>{_SUM})$")


def said_amount(value: str) -> str | None:
    """The figure a corrected value ends with ("俺算了一下，差一万五" → 一万五), None when it ends with none."""
    found = _LAST_SUM.search((value or "").strip())
    amount = found.group("sum").strip() if found else ""
    return amount if re.search(r"[\d十百千万]", amount) else None


def amount_in_story(request: CorrectionRequest, story: str | None) -> bool:
    """ "钱数说错了 是七千六不是七千二": a sum denied that the story tells, with the right sum beside it, corrects
    the story (only a figure: a word denied may be said anywhere in a long story)."""
    old = (request.old or "").strip()
    if request.slot is not None or not old or not story or old not in story:
        return False
    return bool(_AMOUNT.match(old) and said_amount(old) and said_amount(request.value))


def story_replacement(request: CorrectionRequest) -> str:
    """What replaces the old words in the story: the sum alone when a sum is corrected, else the value."""
    old = (request.old or "").strip()
    if _AMOUNT.match(old) and said_amount(old):
        return said_amount(request.value) or request.value
    return request.value
