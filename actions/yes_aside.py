"""What was said beside a yes to the summary, answered once the case is filed: "对 提交 多久能有结果"."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from actions.crisis_questions import urgent_question_answer
from actions.filed_questions import filed_case_answer
from actions.question_detect import detect_question
from actions.questions import own_matter_answer
from actions.summary_accept import accepts_summary

THANKS_BACK = "不客气，您的事我们会认真办。"
BYE_BACK = "好的，再见。有事随时找我。"


def aside_replies(slots_after: Mapping[str, Any], text: str | None, story: str | None = None) -> list[str]:
    """The answer to a question said beside the yes, for the case just filed (`slots_after`: the slots once
    it is filed; `story`, the matter it tells); a thanks or a goodbye gets a word back; nothing when only the
    yes was said."""
    said = accepts_summary(text)
    if said is None or not said.rest:
        return []
    if detect_question(said.rest) is not None:
        # "对 提交 能叫他把墙拆了不": the substance of the matter just filed, or a question about the case
        answer = (
            urgent_question_answer(said.rest, f"{story or ''}\n{said.rest}")  # "对 他这种能不能送去医院"
            or own_matter_answer(detect_question(said.rest), said.rest, story)
            or filed_case_answer(slots_after, said.rest, story)
        )
        if answer:
            return [answer]
    if said.thanks:
        return [THANKS_BACK]
    return [BYE_BACK] if said.goodbye else []
