"""Case pages of the staff console: the filtered list (and its CSV), one case, and the changes made on it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import quote, urlencode

import aiohttp_jinja2
from aiohttp import web

import bot.web.console.views_case_forms as forms
from bot.cases import workflow
from bot.cases.numbers import local_date, utc_now
from bot.cases.schemas import STATUSES
from bot.cases.transitions import reason_required
from bot.domain.category import CATEGORIES
from bot.staff import case_actions, case_queries, transcripts
from bot.staff.audit import record
from bot.staff.case_queries import CaseFilter
from bot.staff.csv_export import cases_csv
from bot.web.console.db import run_db, staff_db
from bot.web.console.middleware import require_update, see_other
from bot.web.console.views_conversations import chat_lines, local_time, mask_keeping

PER_PAGE = 25
CSV_MAX_ROWS = 50_000
CSV_PAGE = 200
SORTS: dict[str, str] = {
    "filed_desc": "登记日期（新→旧）",
    "filed_asc": "登记日期（旧→新）",
    "due_asc": "期限（近→远）",
    "updated_desc": "最近更新",
    "category": "类别",
}
FILTER_FIELDS = ("status", "category", "place", "date_from", "date_to", "urgent", "overdue", "tag", "q")


@dataclass(frozen=True)
class ListQuery:
    filter: CaseFilter
    sort: str
    page: int
    values: dict[str, str]  # what was typed, for the form and the links
    errors: list[str] = field(default_factory=list)

    def url(self, path: str = "/staff/cases", **changes: Any) -> str:
        """This query with some values changed (None or "" drops a value); page 1 unless given."""
        merged = {**self.values, "sort": self.sort, "page": "1", **{k: str(v) for k, v in changes.items()}}
        kept = {k: v for k, v in merged.items() if v not in ("", "None") and not (k == "page" and v == "1")}
        if kept.get("sort") == "filed_desc":
            kept.pop("sort")
        return path + ("?" + urlencode(kept) if kept else "")


def _date(text: str, label: str, errors: list[str]) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        errors.append(f"{label}格式不对，请按 2026-11-01 这样填写")
        return None


def _yes_no(text: str) -> bool | None:
    return {"1": True, "0": False}.get(text)


def parse_list_query(query: Mapping[str, str]) -> ListQuery:
    """The list's query string → a CaseFilter; bad values are dropped with a message, never a 500."""
    values = {name: (query.get(name) or "").strip()[:200] for name in FILTER_FIELDS}
    errors: list[str] = []
    if values["status"] not in STATUSES:
        values["status"] = ""
    if values["category"] not in CATEGORIES:
        values["category"] = ""
    if not values["place"].isdigit():
        values["place"] = ""
    date_from = _date(values["date_from"], "开始日期", errors)
    date_to = _date(values["date_to"], "结束日期", errors)
    if date_from and date_to and date_from > date_to:
        errors.append("开始日期晚于结束日期，已对调")
        date_from, date_to = date_to, date_from
    sort = query.get("sort") or "filed_desc"
    page_text = query.get("page") or "1"
    page = int(page_text) if page_text.isdigit() and 0 < int(page_text) < 100_000 else 1
    case_filter = CaseFilter(
        status=values["status"] or None,
        category=values["category"] or None,
        place_code=values["place"] or None,
        date_from=date_from,
        date_to=date_to,
        urgent=_yes_no(values["urgent"]),
        overdue=_yes_no(values["overdue"]),
        tag=values["tag"] or None,
        text=values["q"] or None,
    )
    return ListQuery(case_filter, sort if sort in SORTS else "filed_desc", page, values, errors)


def place_options(choices: list) -> list[tuple[str, str]]:
    """(code, label) in tree order; the label indented by level so one plain select shows the cascade."""
    ordered = sorted(choices, key=lambda c: c.code)
    return [(c.code, "\u3000" * max(0, len(c.code) // 2 - 1) + c.name) for c in ordered]


async def cases_page(request: web.Request) -> web.Response:
    db = staff_db(request)
    query = parse_list_query(request.query)
    page = await run_db(
        request, case_queries.search_cases, db.sessions, query.filter, sort=query.sort, page=query.page,
        per_page=PER_PAGE,
    )  # fmt: skip
    places = await run_db(request, case_queries.place_choices, db.sessions)
    context = {
        "query": query,
        "result": page,
        "statuses": STATUSES,
        "categories": CATEGORIES,
        "places": place_options(places),
        "sorts": SORTS,
        "total_all": sum(page.counts_by_status.values()),
        "mask": mask_keeping,
    }
    return aiohttp_jinja2.render_template("staff/cases.html", request, context)


def _export_cases(sessions, query: ListQuery, actor: str, ip: str | None) -> str:
    items: list = []
    page = 1
    while len(items) < CSV_MAX_ROWS:  # the back end caps a page at 200 rows
        result = case_queries.search_cases(
            sessions, query.filter, sort=query.sort, page=page, per_page=CSV_PAGE
        )
        items.extend(result.items)
        if page >= result.pages:
            break
        page += 1
    body = cases_csv(items)
    with sessions.begin() as session:
        filters = {k: v for k, v in query.values.items() if v}
        record(session, actor=actor, action="export.cases_csv", target_type="case",
               after={"filters": filters, "rows": len(items)}, ip=ip)  # fmt: skip
    return body


async def cases_csv_page(request: web.Request) -> web.Response:
    query = parse_list_query(request.query)
    user = request["staff_user"]
    body = await run_db(
        request, _export_cases, staff_db(request).sessions, query, user.username, request.remote
    )
    name = f"cases-{local_date(utc_now()):%Y%m%d}.csv"
    return web.Response(
        body=body.encode("utf-8"),
        content_type="text/csv",
        charset="utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


# -- one case ----------------------------------------------------------------------------------


def case_url(number: str) -> str:
    return "/staff/cases/" + quote(number, safe="")


def _load_case(db, number: str, user, ip: str | None, viewed: bool):
    detail = case_queries.get_case_detail(db.sessions, number)
    if detail is None:
        return None, []
    turns = []
    if detail.record.conversation_id:
        turns = transcripts.read_transcript(db.engine, detail.record.conversation_id)
    if viewed:
        case_actions.record_view(db.sessions, user, detail.record.case_number, ip=ip)
    return detail, turns


async def render_case(
    request: web.Request,
    number: str,
    *,
    errors: dict[str, str] | None = None,
    values: dict[str, dict[str, str]] | None = None,
    revealed: dict[str, str] | None = None,
    status: int = 200,
    viewed: bool = False,
) -> web.Response:
    db = staff_db(request)
    user = request["staff_user"]
    detail, turns = await run_db(request, _load_case, db, number, user, request.remote, viewed)
    if detail is None:
        raise web.HTTPNotFound(text="没有这个事项编号")
    revealed = revealed or {}
    keep = tuple(v for v in revealed.values() if v)
    context = {
        "issue_text": mask_keeping(detail.record.issue_text, keep),
        "case": detail,
        "record": detail.record,
        "chat": chat_lines(turns, keep=keep),
        "revealed": revealed,
        "errors": errors or {},
        "values": values or {},
        "categories": CATEGORIES,
        "routes": forms.route_choices(),
        "route_titles": dict(forms.route_choices()),
        "local_time": local_time,
        "legal_status_labels": forms.legal_status_labels(),
        "reason_required": {s: reason_required(s) for s in detail.next_statuses},
        "max_extension": workflow.MAX_EXTENSION_DAYS,
        "case_url": case_url(detail.record.case_number),
    }
    response = aiohttp_jinja2.render_template("staff/case.html", request, context, status=status)
    return response


async def case_page(request: web.Request) -> web.Response:
    return await render_case(request, request.match_info["number"], viewed=True)


async def case_post(request: web.Request) -> web.Response:
    number = request.match_info["number"]
    action = request.match_info["action"]
    handler = forms.ACTIONS.get(action)
    if handler is None:
        raise web.HTTPNotFound()
    user = request["staff_user"] if action == "reveal" else require_update(request)
    form = {k: str(v) for k, v in (await request.post()).items() if k != "csrf_token"}
    try:
        outcome = await run_db(request, handler, staff_db(request), user, number, form, request.remote)
    except LookupError as error:
        raise web.HTTPNotFound(text="没有这个事项编号") from error
    except ValueError as error:
        return await render_case(
            request, number, errors={action: str(error)}, values={action: form}, status=400
        )
    if action == "reveal":
        return await render_case(request, number, revealed=outcome)
    raise see_other(case_url(number), outcome)


def add_routes(app: web.Application) -> None:
    app.router.add_get("/staff/cases", cases_page, name="staff_cases")
    app.router.add_get("/staff/cases.csv", cases_csv_page, name="staff_cases_csv")
    app.router.add_get("/staff/cases/{number}", case_page, name="staff_case")
    app.router.add_post("/staff/cases/{number}/{action}", case_post, name="staff_case_post")
