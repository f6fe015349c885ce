"""Plain data passed in and out of the case store (no ORM objects leave the repository)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from bot.domain.intake_fields import NOT_PROVIDED
from bot.parsing.people import extract_people_count

STATUS_PENDING = "待受理"
STATUS_ACCEPTED = "已受理"
STATUS_TRANSFERRED = "已转送"
STATUS_IN_PROGRESS = "办理中"
STATUS_REJECTED = "不予受理"
STATUS_CLOSED = "已办结"
STATUS_REVIEW = "复查中"  # 第35条: the next-higher organ reviews the reply
STATUS_REVIEW_DONE = "复查办结"
STATUS_REEXAM = "复核中"  # 第36条
STATUS_REEXAM_DONE = "复核办结"  # the same facts are no longer accepted
# a repeated or scripted filing that is no petition at all: struck from the register with a reason, which
# claims none of the 条例's 不予受理 grounds (第19条第3款, 第36条第3款; docs/legal.md §4)
STATUS_VOID = "登记作废"
STATUSES: tuple[str, ...] = (
    STATUS_PENDING,
    STATUS_ACCEPTED,
    STATUS_TRANSFERRED,
    STATUS_IN_PROGRESS,
    STATUS_REJECTED,
    STATUS_CLOSED,
    STATUS_REVIEW,
    STATUS_REVIEW_DONE,
    STATUS_REEXAM,
    STATUS_REEXAM_DONE,
    STATUS_VOID,
)

COLLECTIVE_MIN_PEOPLE = 5  # 集体访 flag; visits elect at most 5 representatives (第20条)


@dataclass(frozen=True)
class Evidence:
    """A photo or file the citizen sent with the matter."""

    kind: str
    media_id: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class CaseInput:
    """The slots of a finished intake form. `id_number` is the clear value (decrypted from `id_number_encrypted`)."""

    filing_key: str
    issue_text: str
    conversation_id: str | None = None
    channel: str | None = None
    category: str | None = None
    category_confidence: float | str | None = None
    location: str | None = None
    location_code: str | None = None
    occurred_at: str | None = None
    respondent: str | None = None
    legal_status: str | None = None
    prior_report: str | None = None
    people_count: int | str | None = None
    petitioner_name: str | None = None
    phone: str | None = None
    address: str | None = None  # 通讯地址 as written (未提供 = not given)
    id_number: str | None = field(default=None, repr=False)
    route: str | None = None
    route_reason: str | None = None  # why that route: the model's reading, the citizen's answer or choice
    urgent: bool = False
    threat: bool = False  # 扬言
    evidence: tuple[Evidence, ...] = ()
    client: str | None = None  # the address the channel saw (`bot.channels.client`), for filing limits


@dataclass(frozen=True)
class CaseRecord:
    """A case as stored; the ID number only masked (see CaseRepository.reveal_id_number)."""

    case_number: str
    query_code: str = field(repr=False)  # a credential: keep it out of logs
    filing_key: str
    issue_text: str = field(repr=False)
    category: str | None
    category_confidence: float | None
    location: str | None
    location_code: str | None
    occurred_at: str | None
    respondent: str | None
    legal_status: str | None
    prior_report: str | None
    people_count: int | None  # a number, or the lower bound of one said in words
    petitioner_name: str | None = field(repr=False)
    phone: str | None = field(repr=False)
    id_number_masked: str | None
    has_id_number: bool
    route: str | None
    urgent: bool
    threat: bool
    collective: bool
    channel: str | None
    conversation_id: str | None
    status: str
    created_at: datetime
    updated_at: datetime
    register_deadline: date
    acceptance_notice_deadline: date
    accepted_on: date | None
    handling_deadline: date | None
    evidence: tuple[Evidence, ...] = ()
    id: int | None = None
    due_on: date | None = None  # deadline of the current step (None: nothing pending)
    due_article: str | None = None
    extension_days: int | None = None  # 第34条 extension granted, in days
    extension_reason: str | None = None
    decision_reason: str | None = None  # why 不予受理, or where it was transferred
    closed_on: date | None = None  # written reply (信访处理意见书) given
    review_requested_on: date | None = None  # 复查/复核 request received
    route_reason: str | None = None  # why the route was chosen (bot.domain.routing)
    people_said: str | None = (
        None  # the head count as said, when it was not a plain number ("几十户", "全村")
    )
    address: str | None = field(
        default=None, repr=False
    )  # 通讯地址: with the name, the 第23条 notice goes here


@dataclass(frozen=True)
class FiledCase:
    case: CaseRecord
    created: bool


@dataclass(frozen=True)
class StatusChange:
    changed_at: datetime
    actor: str
    from_status: str | None
    to_status: str
    note: str | None


@dataclass(frozen=True)
class ProgressResult:
    status: Literal["found", "not_found", "throttled"]
    case: CaseRecord | None = None
    retry_after_s: int = 0


def optional_text(value: object) -> str | None:
    """Blank or `未提供` → None; other text stripped (issue_text is never passed through here)."""
    if value is None:
        return None
    text = str(value).strip()
    return None if not text or text == NOT_PROVIDED else text


_OWN_HOUSEHOLD = re.compile(r"我家|我们家|我一家|咱家|俺家")


def optional_int(value: int | str | None) -> int | None:
    if isinstance(value, bool):
        raise ValueError("people_count must be a number")
    if isinstance(value, int):
        return value
    text = optional_text(value)
    if text is None:
        return None
    try:
        return int(float(text))
    except ValueError:
        # the intake keeps a head count as said ("几十户", "就我家"); the column holds its lower bound
        counted = extract_people_count(text)
        if counted is None and _OWN_HOUSEHOLD.search(text):
            counted = 1
        return counted  # None for words with no number ("整个小区"): people_said keeps them


def people_as_said(value: int | str | None) -> str | None:
    """The head count in the citizen's words when it is not a plain number ("几十户", "整个小区"), else None."""
    if isinstance(value, (int, float)) or value is None:
        return None
    text = optional_text(value)
    if text is None:
        return None
    try:
        float(text)
    except ValueError:
        return text[:100]
    return None


def optional_float(value: float | str | None) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    text = optional_text(value)
    if text is None:
        return None
    try:
        return float(text)
    except ValueError as exc:
        raise ValueError(f"category_confidence is not a number: {value!r}") from exc
