"""What the intake says when a message answers nothing, something else, or could not be read."""

from __future__ import annotations

from typing import Any

from actions.intake_turn import Note, NoteKind, Turn, TurnResult
from actions.slots import SLOT_LABELS

GENERIC_REPROMPTS = (
    "这个我帮不上忙，我们先把登记做完。",
    "好的，我们接着来。",
    "抱歉，这个回答我没太看懂。",
)
TAKEN_NOTE = "好的，{}我记下了。"
UNANSWERED_QUESTION = "您问的这个我这里答不准；登记以后，工作人员能看到这段对话，会一并答复您。"
READ_FAILED = "抱歉，我这边处理出了点问题，您刚才说的我都记着，请再说一遍或换个说法。"
THREAT_NOTE = "您着急的心情我理解。我们先把事情登记清楚，才能尽快转给管这件事的部门。"


def conflict_note(turn: Turn, slot: str, value: Any) -> str:
    from actions.summary import display_value  # the summary's actions import the route model: loaded late

    label = SLOT_LABELS[slot]
    said, known = display_value(slot, value), display_value(slot, turn.slots.get(slot))
    return f"您刚才说的{label}是“{said}”，我之前记下的是“{known}”。要改的话，说“{label}改成……”就行。"


def reprompt_note(turn: Turn, result: TurnResult) -> Note:
    """Said before the form asks its question again, when the message did not answer it."""
    taken = [SLOT_LABELS[slot] for slot in SLOT_LABELS if slot in result.updates]
    if taken:  # it answered something else: say so, then the form asks its question again
        return Note(TAKEN_NOTE.format("、".join(taken)), NoteKind.REPROMPT)
    if result.conflicts:
        return Note(conflict_note(turn, *next(iter(result.conflicts.items()))), NoteKind.INFO)
    if result.failed:
        return Note(READ_FAILED, NoteKind.PROBLEM)
    if turn.intent == "out_of_scope":
        return Note(GENERIC_REPROMPTS[0], NoteKind.REPROMPT)
    if turn.intent in ("greet", "thanks", "affirm"):
        return Note(GENERIC_REPROMPTS[1], NoteKind.REPROMPT)
    return Note(GENERIC_REPROMPTS[2], NoteKind.REPROMPT)
