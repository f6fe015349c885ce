"""One citizen message and what it adds: the data shared by the intake readers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from actions.slots import NOT_PROVIDED


@dataclass
class Turn:
    text: str
    intent: str | None
    slots: dict[str, Any]
    requested_slot: str | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    now: datetime = field(default_factory=datetime.now)
    correcting: str | None = None  # slot the citizen is correcting
    metadata: dict[str, Any] = field(default_factory=dict)  # what the channel sent with the message

    def entity(self, name_: str) -> str | None:
        for ent in self.entities:
            if ent.get("entity") == name_ and ent.get("value") not in (None, ""):
                return str(ent["value"])
        return None


@dataclass
class TurnResult:
    updates: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # said before the form's next question
    conflicts: dict[str, Any] = field(default_factory=dict)  # found, but another value is already known

    def set(self, slot: str, value: Any) -> None:
        self.updates[slot] = value


def offer(turn: Turn, result: TurnResult, slot: str, value: Any, *, refines: bool = False) -> None:
    """Takes a value found in the message, or notes that it differs from the one already known."""
    if may_set(turn, slot) or refines:
        result.set(slot, value)
    elif turn.slots.get(slot) != value:
        result.conflicts[slot] = value


def may_set(turn: Turn, slot: str) -> bool:
    """Whether a value found in this message may be written to `slot`."""
    current = turn.slots.get(slot)
    return current in (None, "", NOT_PROVIDED) or slot in (turn.requested_slot, turn.correcting)


def asked(turn: Turn, slot: str) -> bool:
    return slot in (turn.requested_slot, turn.correcting)
