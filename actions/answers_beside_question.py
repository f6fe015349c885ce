"""The details a citizen gives ahead in a message the classifier took for a question ("没打官司 打官司要花多少钱" at
the place question): the question is answered, and the plain statements beside it still count, so nobody is asked
for them again. Only details read strictly are taken; the story, the party and the place wait for their questions."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from actions.intake_turn import Turn, TurnResult
from actions.question_detect import question_clauses
from actions.slots import QUESTION_INTENTS
from actions.turn_context import reading_text
from bot.domain import text as textutil

# what a statement beside a question gives without doubt: a court status, an earlier report, a name, a phone
TAKEN_BESIDE_A_QUESTION = frozenset(
    {"legal_status", "prior_report", "petitioner_name", "phone", "contact_note"}
)


def details_beside_a_question(turn: Turn, read: Callable[[Turn], TurnResult]) -> Mapping[str, Any]:
    """The details the message's statements give, its questions left out; {} outside an intake question."""
    if turn.intent not in QUESTION_INTENTS or not turn.requested_slot or turn.correcting:
        return {}
    if not question_clauses(turn.text or ""):
        return {}  # the question not found in the words: what is left would still hold it ("诉讼费…收多少")
    said = reading_text(turn.text or "")
    if not textutil.has_words(textutil.normalize_for_parsing(said)):
        return {}
    result = read(replace(turn, text=said, intent="inform"))
    return {
        slot: value
        for slot, value in result.updates.items()
        if slot in TAKEN_BESIDE_A_QUESTION and slot != turn.requested_slot and value
    }
