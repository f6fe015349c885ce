"""The sentence that tells the citizen what a detail was and what it is now ("好的，人数已从“1人”改成“2人”。")."""

from __future__ import annotations

from typing import Any

from actions.slots import NOT_PROVIDED, SLOT_LABELS
from actions.summary import display_value


def change_sentence(slot: str, before: Any, after: Any) -> str:
    label = SLOT_LABELS[slot]
    new = display_value(slot, after)
    old = display_value(slot, before)
    if old in (None, NOT_PROVIDED) or old == new:
        return f"好的，{label}记为“{new}”。"
    return f"好的，{label}已从“{old}”改成“{new}”。"
