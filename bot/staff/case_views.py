"""Plain data the staff console shows about cases (no ORM objects leave bot.staff)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from bot.cases.due_dates import Due
from bot.cases.schemas import CaseRecord, StatusChange

SORTS: tuple[str, ...] = ("filed_desc", "filed_asc", "due_asc", "updated_desc", "category")
SORT_LABELS: dict[str, str] = {
    "filed_desc": "登记时间（新→旧）",
    "filed_asc": "登记时间（旧→新）",
    "due_asc": "期限（近→远）",
    "updated_desc": "最近更新",
    "category": "分类",
}
MAX_PER_PAGE = 200
SNIPPET_CHARS = 60


@dataclass(frozen=True)
class CaseFilter:
    """What the case list is narrowed to; None means "any"."""

    status: str | None = None
    category: str | None = None
    place_code: str | None = None  # province/city/county code prefix (2, 4 or 6 digits)
    date_from: date | None = None  # filed_on, inclusive
    date_to: date | None = None
    urgent: bool | None = None
    overdue: bool | None = None
    tag: str | None = None
    text: str | None = None  # Chinese full-text search over the citizen's words


@dataclass(frozen=True)
class CaseListItem:
    case_number: str
    filed_on: date
    status: str
    category: str | None
    location: str | None
    location_code: str | None
    urgent: bool
    threat: bool
    collective: bool
    due_on: date | None
    overdue: bool
    tags: tuple[str, ...]
    snippet: str
    phone_masked: str | None
    reviewed: bool
    address_masked: str | None = None  # 省市区 only (bot.parsing.address.mask_address)


@dataclass(frozen=True)
class CasePage:
    items: list[CaseListItem]
    total: int
    page: int
    per_page: int
    pages: int
    counts_by_status: dict[str, int] = field(default_factory=dict)  # every status, ignoring the status filter


@dataclass(frozen=True)
class NoteView:
    author: str
    at: datetime
    text: str


@dataclass(frozen=True)
class CaseDetail:
    record: CaseRecord
    history: list[StatusChange]
    notes: list[NoteView]
    tags: list[str]
    due: Due
    overdue: bool
    next_statuses: tuple[str, ...]
    phone_masked: str | None
    id_number_masked: str | None
    transcript_reviewed: bool
    address_masked: str | None = None  # 省市区 only; the rest with 显示, audited


@dataclass(frozen=True)
class PlaceChoice:
    code: str
    name: str
    level: str  # province | city | county
    parent_code: str | None


def snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[:limit] + "…"
