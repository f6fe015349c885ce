"""A correction written as whole sentences at the summary: "不对 我没打官司啊 还有名字是张德胜", "需要修改：一、诉讼
情况有误，我司尚未提起诉讼；二、反映对象应为…". Each clause is read as its own correction, and a clause that
names no detail is given the one it speaks of (a suit denied is the court status), so the fields change and
nothing is pasted into the story."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from actions import services
from actions.correction_class import CLASS_AGAIN, class_asked_again
from actions.correction_parse import CorrectionRequest, parse_corrections
from bot.domain import text as textutil
from bot.parsing.legal_status import detect_legal_status, names_procedure
from bot.parsing.occurred_at import extract_occurred_at

# the message says the summary is wrong before it says what: "不对", "需要修改：", "有两处错了" ("不是正在审理"
# denies a value: not an opening)
_SAYS_WRONG = re.compile(
    r"^(?:不对|不是(?=[\s,，:：。.!！]|$)|有误|有错|错了|不正确|需要修改|要修改|要改|改一下|有(?:几|两|二|三)?(?:处|个地方|点)(?:不对|错了?|有误))"
    r"[的啊呀哦了]*[\s,，:：。.!！]*"
)
# where one change ends and the next begins: "；", "。", "还有", "另外", "二、", "2."
_NEXT = re.compile(
    r"[；;。\n]+|[\s,，]*(?:还有|另外|再有|以及)[\s,，:：]*|[\s,，]*(?:[一二三四五六七八九十]|\d{1,2})[、.．)）]\s*"
)
# an explanation after the value of a name: "名字是张德胜 弓长张是说我姓张"
_AFTER_NAME = re.compile(r"[\s,，]")


def summary_fix(text: str | None, known: Mapping[str, Any]) -> list[CorrectionRequest]:
    """The corrections a several-clause message at the summary asks for, each naming its detail; [] when it
    does not open by saying something is wrong, or when a clause cannot be placed (the usual readers take it)."""
    clean = textutil.to_simplified(textutil.to_halfwidth(text or "")).strip()
    opening = _SAYS_WRONG.match(clean)
    if opening is None:
        return []
    requests: list[CorrectionRequest] = []
    for clause in (c.strip(" ,，:：.!！") for c in _NEXT.split(clean[opening.end() :])):
        clause = _SAYS_WRONG.sub("", clause).strip()
        found = _read_clause(clause) if clause else []
        if found is None:
            return []
        requests += [_trimmed(r) for r in found if r.slot not in {q.slot for q in requests}]
    # every detail named must be on record: a new one is no correction of the summary
    return requests if requests and all(known.get(r.slot) not in (None, "") for r in requests) else []


def read_corrections(text: str, known: Mapping[str, Any]) -> list[CorrectionRequest]:
    """The corrections a message asks for: at the summary read clause by clause when it runs several
    together, else as the correction reader reads it; another class asked for asks the class again."""
    fixes = summary_fix(text, known) if known.get("awaiting_confirmation") else []
    requests = fixes or parse_corrections(text)
    if not any(r.slot for r in requests) and class_asked_again(text, known, known.get("requested_slot")):
        return [CLASS_AGAIN]  # "换一类": the class is asked again
    return requests


def _read_clause(clause: str) -> list[CorrectionRequest] | None:
    """The corrections of one clause; by its parts when it runs several together ("我沒有打官司，名字叫張德勝"),
    a part placing nothing after one that did being its explanation ("这个月是第二次了"); None when unplaced."""
    named = parse_corrections(clause)
    if named and all(r.slot for r in named):
        return named
    placed: list[CorrectionRequest] = []
    for part in (p for p in re.split(r"[\s,，]+", clause) if p):
        read = [_placed(r, part) for r in parse_corrections(part)]
        if read and all(r.slot for r in read):
            placed += [r for r in read if r.slot not in {q.slot for q in placed}]
        elif not placed:
            break
    else:
        if placed:
            return placed
    found = [_placed(r, clause) for r in named]
    return found if found and all(r.slot for r in found) else None


def _placed(request: CorrectionRequest, clause: str) -> CorrectionRequest:
    """A clause naming no detail, given the one it speaks of."""
    if request.slot is None and names_procedure(clause) and detect_legal_status(clause):
        return replace(request, slot="legal_status", value=clause)
    if request.slot is None and extract_occurred_at(clause, services.now_local().replace(tzinfo=None)):
        return replace(request, slot="occurred_at", value=clause)  # "是十一月份开始少的"
    return request


def _trimmed(request: CorrectionRequest) -> CorrectionRequest:
    """A name's value without the explanation after it: "张德胜，弓长张是说我姓张"."""
    if request.slot == "petitioner_name":
        return replace(request, value=_AFTER_NAME.split(request.value, maxsplit=1)[0])
    return request
