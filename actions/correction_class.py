"""The classes asked for while another question is asked ("不对 不是看病的事 有哪些类你说给我听"): the classes are
told and the question asked goes on; nothing changes until a class is named ("类别改成民政"), so no answer is taken
from the request and no detail is let go (pure)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from actions.category_help import asks_which_classes, pick_for_story
from actions.correction_parse import CorrectionRequest
from bot.domain import text as textutil
from bot.domain.category import CATEGORIES, classify_category

CLASS_AGAIN = CorrectionRequest("category", "")


def class_asked_again(text: str | None, known: Mapping[str, Any], asked: str | None) -> bool:
    """A class is on record, the category question is not the one asked, and the message asks which classes
    there are."""
    return (
        asked != "category"
        and known.get("category") not in (None, "")
        and asks_which_classes(textutil.to_simplified(textutil.to_halfwidth(text or "")))
    )


def another_class_reply(story: str | None) -> str:
    """Every class and the likely ones; the class changes once the citizen names one, so the question asked
    goes on and nothing is emptied before a new class is said."""
    best, others = pick_for_story(story or "", classify_category)
    likely = "”“".join([best, *others])
    example = (others or ["其他"])[0]
    return (
        f"好的，类别可以换。一共有这些类：{'、'.join(CATEGORIES)}。按您说的情况，最接近的是“{likely}”。"
        f"想换成哪一类，直接说“类别改成……”就行，比如“类别改成{example}”。"
    )
