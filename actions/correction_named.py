"""A detail named by its label while another question is asked ("地点是陕西省榆林市米脂县桃镇" at the head-count
question, "反映对象是桃镇派出所" at the name question): a correction of that detail, not a failed answer."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from actions.correction_class import class_asked_again
from actions.correction_labels import LABELLED_VALUE
from actions.correction_parse import parse_corrections
from bot.domain import text as textutil

# the place's label ("地址") also names the postal address: at the address question it is the answer
_SAME_QUESTION = {"address": frozenset({"address", "location"})}


def names_another_detail(text: str | None, known: Mapping[str, Any], asked: str | None) -> bool:
    """The message opens with the label of a detail on record and its value ("反映对象是…"), and every detail it
    names is one on record other than the one `asked`; or it asks for another class than the one on record."""
    clean = textutil.to_simplified(textutil.to_halfwidth(text or "")).strip()
    if asked and class_asked_again(clean, known, asked):
        return True  # "换一类" at the time question: the class is asked again
    if not asked or not LABELLED_VALUE.match(clean):
        return False
    requests = parse_corrections(clean)
    same = _SAME_QUESTION.get(asked, frozenset({asked}))
    return bool(requests) and all(
        r.slot and r.slot not in same and r.value and known.get(r.slot) not in (None, "") for r in requests
    )
