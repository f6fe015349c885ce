"""Read side of the staff console: the filtered case list, one case in full, places for the filter.

SQLAlchemy 2.0-style selects that run the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import math
import re
from dataclasses import fields
from datetime import date

from sqlalchemy import case as sql_case
from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql import Select

from bot.cases.due_dates import due_of, is_overdue
from bot.cases.models import Case
from bot.cases.numbers import local_date, normalize_case_number, utc_now
from bot.cases.repository import to_record
from bot.cases.schemas import STATUSES, StatusChange
from bot.cases.transitions import next_statuses
from bot.gazetteer import get_gazetteer
from bot.parsing.address import mask_address
from bot.parsing.phone import mask_phone
from bot.staff.case_text_search import escape_like, text_condition
from bot.staff.case_views import (
    MAX_PER_PAGE,
    SORT_LABELS,
    SORTS,
    CaseDetail,
    CaseFilter,
    CaseListItem,
    CasePage,
    NoteView,
    PlaceChoice,
    snippet,
)
from bot.staff.models import CaseNote, CaseTag, TranscriptReview

__all__ = [
    "SORTS",
    "SORT_LABELS",
    "CaseDetail",
    "CaseFilter",
    "CaseListItem",
    "CasePage",
    "NoteView",
    "PlaceChoice",
    "get_case_detail",
    "place_choices",
    "search_cases",
]

_PLACE_CODE = re.compile(r"\d{2}|\d{4}|\d{6}|\d{9}")
_LEVELS = {2: "province", 4: "city", 6: "county"}
# gazetteer rows that stand for "the districts of" a municipality rather than a named city
_PLACEHOLDER_NAMES = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})


def _today(today: date | None) -> date:
    return today or local_date(utc_now())


def _sort_order(sort: str) -> list:
    no_due_last = sql_case((Case.due_on.is_(None), 1), else_=0)
    no_category_last = sql_case((Case.category.is_(None), 1), else_=0)
    orders = {
        "filed_desc": [Case.filed_on.desc(), Case.daily_seq.desc()],
        "filed_asc": [Case.filed_on.asc(), Case.daily_seq.asc()],
        "due_asc": [no_due_last, Case.due_on.asc(), Case.filed_on.asc(), Case.daily_seq.asc()],
        "updated_desc": [Case.updated_at.desc(), Case.id.desc()],
        "category": [no_category_last, Case.category.asc(), Case.filed_on.desc(), Case.daily_seq.desc()],
    }
    if sort not in orders:
        raise ValueError(f"不支持这种排序方式：{sort}")
    return orders[sort]


def _filtered(query: Select, f: CaseFilter, today: date, *, with_status: bool = True) -> Select:
    if with_status and f.status:
        query = query.where(Case.status == f.status)
    if f.category:
        query = query.where(Case.category == f.category)
    if f.place_code:
        code = f.place_code.strip()
        if not _PLACE_CODE.fullmatch(code):
            raise ValueError("地区代码应为2、4或6位数字")
        query = query.where(Case.location_code.like(f"{escape_like(code)}%", escape="\\"))
    if f.date_from:
        query = query.where(Case.filed_on >= f.date_from)
    if f.date_to:
        query = query.where(Case.filed_on <= f.date_to)
    if f.urgent is not None:
        query = query.where(Case.urgent.is_(bool(f.urgent)))
    if f.overdue is True:
        query = query.where(Case.due_on.is_not(None), Case.due_on < today)
    elif f.overdue is False:
        query = query.where((Case.due_on.is_(None)) | (Case.due_on >= today))
    if f.tag and f.tag.strip():
        tagged = exists().where(CaseTag.case_id == Case.id, CaseTag.tag == f.tag.strip())
        query = query.where(tagged)
    condition = text_condition(f.text, (Case.issue_text, Case.respondent, Case.location))
    if condition is not None:
        query = query.where(condition)
    return query


def _tags_by_case(session: Session, case_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    if not case_ids:
        return found
    rows = session.execute(
        select(CaseTag.case_id, CaseTag.tag).where(CaseTag.case_id.in_(case_ids)).order_by(CaseTag.tag)
    )
    for case_id, tag in rows:
        found.setdefault(case_id, []).append(tag)
    return found


def _reviewed(session: Session, conversation_ids: set[str]) -> set[str]:
    if not conversation_ids:
        return set()
    query = select(TranscriptReview.conversation_id).where(
        TranscriptReview.conversation_id.in_(sorted(conversation_ids))
    )
    return set(session.execute(query).scalars())


def _masked_phone(phone: str | None) -> str | None:
    return mask_phone(phone) if phone else None


def search_cases(
    sessions: sessionmaker,
    f: CaseFilter,
    *,
    sort: str = "filed_desc",
    page: int = 1,
    per_page: int = 25,
    today: date | None = None,
) -> CasePage:
    """One page of the cases matching `f`, with the total and the count per status (status filter aside)."""
    today = _today(today)
    order = _sort_order(sort)
    page = max(1, int(page))
    per_page = min(max(1, int(per_page)), MAX_PER_PAGE)
    with sessions() as session:
        counted = _filtered(select(Case.status, func.count(Case.id)), f, today, with_status=False)
        per_status = dict(session.execute(counted.group_by(Case.status)).all())
        counts = {status: int(per_status.get(status, 0)) for status in STATUSES}
        total = counts.get(f.status, 0) if f.status else sum(int(n) for n in per_status.values())
        rows = (
            session.execute(
                _filtered(select(Case), f, today)
                .order_by(*order)
                .offset((page - 1) * per_page)
                .limit(per_page)
            )
            .scalars()
            .all()
        )
        tags = _tags_by_case(session, [c.id for c in rows])
        reviewed = _reviewed(session, {c.conversation_id for c in rows if c.conversation_id})
        items = [
            CaseListItem(
                case_number=c.case_number,
                filed_on=c.filed_on,
                status=c.status,
                category=c.category,
                location=c.location,
                location_code=c.location_code,
                urgent=c.urgent,
                threat=c.threat,
                collective=c.collective,
                due_on=c.due_on,
                overdue=is_overdue(c.due_on, today),
                tags=tuple(tags.get(c.id, ())),
                snippet=snippet(c.issue_text),
                phone_masked=_masked_phone(c.phone),
                reviewed=c.conversation_id in reviewed,
                address_masked=mask_address(c.address),
            )
            for c in rows
        ]
    pages = max(1, math.ceil(total / per_page))
    return CasePage(items, total, page, per_page, pages, counts)


def get_case_detail(
    sessions: sessionmaker, case_number: str, *, today: date | None = None
) -> CaseDetail | None:
    """Every field of one case, its history, notes, tags and current deadline; None if unknown."""
    today = _today(today)
    number = normalize_case_number(case_number)
    with sessions() as session:
        case = session.execute(select(Case).where(Case.case_number == number)).scalar_one_or_none()
        if case is None:
            return None
        record = to_record(case)
        filed_on = case.filed_on
        history = [
            StatusChange(h.changed_at, h.actor, h.from_status, h.to_status, h.note) for h in case.history
        ]
        notes = [
            NoteView(n.author, n.at, n.text)
            for n in session.execute(
                select(CaseNote).where(CaseNote.case_id == case.id).order_by(CaseNote.at, CaseNote.id)
            ).scalars()
        ]
        tags = list(_tags_by_case(session, [case.id]).get(case.id, []))
        reviewed = bool(case.conversation_id) and bool(_reviewed(session, {case.conversation_id}))
    due = due_of({f.name: getattr(record, f.name) for f in fields(record)} | {"filed_on": filed_on}, today)
    return CaseDetail(
        record=record,
        history=history,
        notes=notes,
        tags=tags,
        due=due,
        overdue=is_overdue(due.on, today),
        next_statuses=next_statuses(record.status),
        phone_masked=_masked_phone(record.phone),
        id_number_masked=record.id_number_masked,
        transcript_reviewed=reviewed,
        address_masked=mask_address(record.address),
    )


def _place_name(code: str) -> tuple[str, str | None]:
    gazetteer = get_gazetteer()
    division = gazetteer.get(code)
    if division is None:
        return code, code[:-2] if len(code) > 2 else None
    name = division.full_name if division.name in _PLACEHOLDER_NAMES else division.name
    return name, division.parent_code


def place_choices(sessions: sessionmaker) -> list[PlaceChoice]:
    """Provinces, cities and counties that occur in cases, in code order, named from the gazetteer."""
    with sessions() as session:
        codes = session.execute(
            select(Case.location_code).where(Case.location_code.is_not(None)).distinct()
        ).scalars()
        prefixes = {
            code[:length]
            for code in (c.strip() for c in codes)
            if code.isascii() and code.isdigit()
            for length in _LEVELS
            if len(code) >= length
        }
    choices = []
    for code in sorted(prefixes):
        name, parent = _place_name(code)
        choices.append(PlaceChoice(code=code, name=name, level=_LEVELS[len(code)], parent_code=parent))
    return choices
