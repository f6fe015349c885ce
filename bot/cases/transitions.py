"""The legal moves of a case (《信访工作条例》, docs/legal.md §2): which status may follow which, and which need a
reason. Pure: no database, no dates."""

from __future__ import annotations

from bot.cases.schemas import (
    STATUS_ACCEPTED,
    STATUS_CLOSED,
    STATUS_IN_PROGRESS,
    STATUS_PENDING,
    STATUS_REEXAM,
    STATUS_REEXAM_DONE,
    STATUS_REJECTED,
    STATUS_REVIEW,
    STATUS_REVIEW_DONE,
    STATUS_TRANSFERRED,
    STATUS_VOID,
    STATUSES,
)

TRANSITIONS: dict[str, tuple[str, ...]] = {
    STATUS_PENDING: (STATUS_ACCEPTED, STATUS_REJECTED, STATUS_TRANSFERRED, STATUS_VOID),
    STATUS_ACCEPTED: (STATUS_IN_PROGRESS,),
    STATUS_IN_PROGRESS: (STATUS_CLOSED,),
    STATUS_CLOSED: (STATUS_REVIEW,),  # 第35条
    STATUS_REVIEW: (STATUS_REVIEW_DONE,),
    STATUS_REVIEW_DONE: (STATUS_REEXAM,),  # 第36条
    STATUS_REEXAM: (STATUS_REEXAM_DONE,),
    STATUS_REJECTED: (),
    STATUS_TRANSFERRED: (),
    STATUS_VOID: (),
    STATUS_REEXAM_DONE: (),  # the same facts are no longer accepted (第36条)
}
TERMINAL: frozenset[str] = frozenset(s for s, moves in TRANSITIONS.items() if not moves)
HANDLING_STATUSES: tuple[str, ...] = (STATUS_ACCEPTED, STATUS_IN_PROGRESS)
REASON_REQUIRED = frozenset({STATUS_REJECTED, STATUS_TRANSFERRED, STATUS_VOID})
WRITTEN_ANSWER = frozenset({STATUS_CLOSED, STATUS_REVIEW_DONE, STATUS_REEXAM_DONE})
REVIEW_REQUEST = frozenset({STATUS_REVIEW, STATUS_REEXAM})


def next_statuses(status: str) -> tuple[str, ...]:
    if status not in TRANSITIONS:
        raise ValueError(f"unknown status {status!r}; one of {', '.join(STATUSES)}")
    return TRANSITIONS[status]


def reason_required(to_status: str) -> bool:
    """不予受理 needs the reason; 已转送 needs the organ it went to."""
    return to_status in REASON_REQUIRED
