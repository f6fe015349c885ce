"""One citizen message and what it adds: the data shared by the intake readers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
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
    unread_before: int = 0  # earlier answers to the question asked now that could not be read
    # at the address question, the message that told the matter's place ("同上" copies what it said of it); at
    # the respondent question too ("娃在以勒镇中心小学读书" names the school a "学校" answer means)
    place_said: str = ""
    # at the phone question, the messages sent since it was asked (a number told in pieces: "13925", "180")
    said_before: tuple[str, ...] = ()
    # at the phone question, when the message points back ("就是刚才那个电话"): the number said earlier, else ""
    phone_said_earlier: str = ""
    # when the message complains that a question went unanswered, the citizen's earlier question ("" otherwise)
    asked_earlier: str = ""
    # before the story is on record: what the citizen told of the matter before the intake began (a question
    # answered first), kept at the head of the story
    told_before: str = ""
    # the citizen's earlier messages since the last filing: what a short question may refer back to, read only
    # when the story gives it no answer ("今年涨没涨" after a first question on the pension)
    said_earlier: str = ""
    # at the name question: the name left earlier in this conversation ("名字跟上次一样"), else ""
    name_said_earlier: str = ""

    def entity(self, name_: str) -> str | None:
        for ent in self.entities:
            if ent.get("entity") == name_ and ent.get("value") not in (None, ""):
                return str(ent["value"])
        return None


class NoteKind(Enum):
    INFO = "info"  # a specific remark about this message ("号码好像不完整")
    ANSWER = "answer"  # the answer to a question the citizen asked
    REPROMPT = "reprompt"  # only says the question was not answered, or what was taken instead
    SKIPPED = "skipped"  # what skipping the name or the phone costs
    PROBLEM = "problem"  # the bot itself failed to read the message


@dataclass(frozen=True)
class Note:
    """Something said before the form's next question: plain text, or a response of the domain."""

    text: str = ""
    kind: NoteKind = NoteKind.INFO
    response: str | None = None  # e.g. utter_skipped_name, said instead of `text`


@dataclass
class TurnResult:
    updates: dict[str, Any] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)  # said before the form's next question
    conflicts: dict[str, Any] = field(default_factory=dict)  # found, but another value is already known
    failed: list[str] = field(default_factory=list)  # readers that raised (names only, never the text)
    restated: set[str] = field(default_factory=set)  # found again, the same as already known

    def set(self, slot: str, value: Any) -> None:
        self.updates[slot] = value

    def say(self, text: str, kind: NoteKind = NoteKind.INFO) -> None:
        self.notes.append(Note(text=text, kind=kind))

    def has(self, kind: NoteKind) -> bool:
        return any(isinstance(n, Note) and n.kind is kind for n in self.notes)


def offer(turn: Turn, result: TurnResult, slot: str, value: Any, *, refines: bool = False) -> None:
    """Takes a value found in the message, or notes that it differs from the one already known."""
    if may_set(turn, slot) or refines:
        result.set(slot, value)
    elif turn.slots.get(slot) != value:
        result.conflicts[slot] = value
    else:
        result.restated.add(slot)


def may_set(turn: Turn, slot: str) -> bool:
    """Whether a value found in this message may be written to `slot`."""
    current = turn.slots.get(slot)
    return current in (None, "", NOT_PROVIDED) or slot in (turn.requested_slot, turn.correcting)


def asked(turn: Turn, slot: str) -> bool:
    return slot in (turn.requested_slot, turn.correcting)
