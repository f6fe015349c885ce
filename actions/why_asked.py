"""Why a question about the matter is asked ("你问这个搞么子"): said in plain words, then the question again."""

from __future__ import annotations

from actions.question_detect import OTHER_FIELD_WORDS
from bot.domain import text as textutil

# why a detail of the matter is asked (not a personal one: that is the why_personal_info FAQ)
WHY_DETAILS = (
    "问这些是为了把事情登记清楚，好转给管这件事的部门，少让您来回跑。知道多少说多少，不知道的说“不知道”就行；"
    "类别拿不准的话，说“你帮我选”，我按您说的情况帮您选。"
)
# "表扬也要选类吗" at the category question: yes first, and the easy way out
WHY_CATEGORY = "要选一个，这样好转给对口的部门。拿不准就选最接近的，都不像就选“其他”；也可以说“你帮我选”。"
PERSONAL_SLOTS = frozenset({"petitioner_name", "phone", "address", "id_number"})


def why_we_ask(requested_slot: str | None, text: str | None) -> str | None:
    """ "你问这个搞么子" at a question about the matter: why it is asked; None for a personal detail or a
    question that names one ("要电话干嘛"), which the reviewed FAQ answers."""
    named = OTHER_FIELD_WORDS.search(textutil.normalize_for_parsing(text or ""))
    if requested_slot is None or requested_slot in PERSONAL_SLOTS or named:
        return None
    return WHY_CATEGORY if requested_slot == "category" else WHY_DETAILS
