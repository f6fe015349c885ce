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
from actions.correction_parse import (
    CorrectionRequest,
    is_explicit_correction,
    parse_corrections,
    slot_by_old_value,
)
from actions.matter_kind import is_grievance
from actions.more_story import NOT_DONE
from bot.domain import text as textutil
from bot.parsing.legal_status import detect_legal_status, names_procedure
from bot.parsing.name_alone import only_introduces
from bot.parsing.occurred_at import extract_occurred_at
from bot.parsing.respondent_elsewhere import names_only_a_party
from bot.parsing.time_restated import restates_the_record

# the message says the summary is wrong before it says what: "不对", "需要修改：", "有两处错了" ("不是正在审理"
# denies a value: not an opening)
_SAYS_WRONG = re.compile(
    r"^(?:不对|不是(?=[\s,，:：。.!！]|$)|有误|有错|(?:搞|弄|写|记)?错了|不正确|需要修改|要修改|要改|改一下|有(?:几|两|二|三)?(?:处|个地方|点)(?:不对|错了?|有误))"
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
    neither opens by saying something is wrong nor names a value on record wrong, or when a clause cannot be
    placed (the usual readers take it)."""
    clean = textutil.to_simplified(textutil.to_halfwidth(text or "")).strip()
    opening = _SAYS_WRONG.match(clean)
    requests: list[CorrectionRequest] = []
    for clause in (c.strip(" ,，:：.!！") for c in _NEXT.split(clean[opening.end() if opening else 0 :])):
        clause = _SAYS_WRONG.sub("", clause).strip()
        found = _read_clause(clause, known) if clause else []
        if found is None:
            return []
        requests += [_trimmed(r) for r in found if r.slot not in {q.slot for q in requests}]
    # without an opening "不对", a value on record must be named wrong ("我哪里起诉了？… 还有不是电子税务局 是…")
    if opening is None and not any(r.old for r in requests):
        return []
    # every detail named must be on record: a new one is no correction of the summary
    return requests if requests and all(known.get(r.slot) not in (None, "") for r in requests) else []


def corrects_the_summary(text: str | None, known: Mapping[str, Any]) -> bool:
    """At the summary: a correction said in so many words, or in whole sentences ("我哪里起诉了？…不是A 是B")."""
    return is_explicit_correction(text, known, reviewing=True) or bool(summary_fix(text, known))


def read_corrections(text: str, known: Mapping[str, Any]) -> list[CorrectionRequest]:
    """The corrections a message asks for: at the summary read clause by clause when it runs several
    together, else as the correction reader reads it; another class asked for asks the class again."""
    fixes = summary_fix(text, known) if known.get("awaiting_confirmation") else []
    requests = fixes or parse_corrections(text)
    if not any(r.slot for r in requests) and class_asked_again(text, known, known.get("requested_slot")):
        return [CLASS_AGAIN]  # "换一类": the class is asked again
    return requests


def _read_clause(clause: str, known: Mapping[str, Any]) -> list[CorrectionRequest] | None:
    """The corrections of one clause; by its parts when it runs several together ("我沒有打官司，名字叫張德勝"),
    a part placing nothing after one that did being its explanation ("这个月是第二次了"), or, before it, speaking
    of what is on record ("禄老板是开猪场那个 我不姓禄 我叫陈光荣"); None when unplaced."""
    named = parse_corrections(clause)
    if named and all(r.slot for r in named):
        return named
    placed: list[CorrectionRequest] = []
    for part in (p for p in re.split(r"[\s,，]+", clause) if p):
        read = [_placed(r, part, known) for r in parse_corrections(part)]
        if read and all(r.slot for r in read):
            placed += [r for r in read if r.slot not in {q.slot for q in placed}]
        elif not placed and not _of_the_record(part, known):
            break
    else:
        if placed:
            return placed
    found = [_placed(r, clause, known) for r in named]
    return found if found and all(r.slot for r in found) else None


def _placed(request: CorrectionRequest, clause: str, known: Mapping[str, Any]) -> CorrectionRequest:
    """A clause naming no detail, given the one it speaks of."""
    if request.slot is None and (denied := slot_by_old_value(request.old, known)):
        return replace(
            request, slot=denied
        )  # "不是电子税务局 是澄海区税务局": the detail holding the value denied
    if request.slot is None and names_procedure(clause) and detect_legal_status(clause):
        return replace(request, slot="legal_status", value=clause)
    if request.slot is None and (name := only_introduces(clause)):
        return replace(request, slot="petitioner_name", value=name)  # "我叫陈光荣": the writer's own name
    said = _COMPLAINED_OF.match(clause) if request.slot is None else None
    if said and names_only_a_party(said.group("who")):
        return replace(request, slot="respondent", value=said.group("who"))  # "反映的是兴旺养殖场"
    if said and (
        is_grievance(said.group("who")) or NOT_DONE.search(said.group("who"))
    ):  # "我反映的是拆迁补偿款没给": the matter, added to the story
        return replace(request, slot="issue_text", value=said.group("who"), adds=True)
    now = services.now_local().replace(tzinfo=None)
    if (
        request.slot is None
        and extract_occurred_at(clause, now)
        and not restates_the_record(clause, known.get("occurred_at"), now)
    ):
        return replace(request, slot="occurred_at", value=clause)  # "是十一月份开始少的"
    return request


# whom the matter is against, said plainly: "反映的是兴旺养殖场", "我告的是澄海区税务局", "投诉的是物业"
_COMPLAINED_OF = re.compile(
    r"^(?:我|俺|我们|俺们)?(?:要)?(?:反映|投诉|举报|告|检举)的?(?:是|就是)(?P<who>\S{2,30})$"
)
# a denial of what is on record ("我不姓禄", "不是他"), or a complaint about it ("你写的啥")
_DENIES = re.compile(r"^(?:我|俺)?(?:不是|不姓|没)|写的(?:是)?(?:啥|什么|么子)|(?:乱|瞎)写|怎么写的")


def _of_the_record(part: str, known: Mapping[str, Any]) -> bool:
    """A part that speaks of a value on record ("禄老板是开猪场那个") or denies one ("我不姓禄"): no change of its own."""
    values = [v for v in known.values() if isinstance(v, str) and len(v) >= 2 and v not in ("未提供",)]
    return bool(_DENIES.search(part)) or any(v in part for v in values if len(v) <= len(part))


def _trimmed(request: CorrectionRequest) -> CorrectionRequest:
    """A name's value without the explanation after it: "张德胜，弓长张是说我姓张"."""
    if request.slot == "petitioner_name":
        return replace(request, value=_AFTER_NAME.split(request.value, maxsplit=1)[0])
    return request
