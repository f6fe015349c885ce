"""Jinja filters and globals of the staff pages: local times, status badges, query URLs."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any
from urllib.parse import urlencode

from aiohttp import web

from bot.cases.numbers import local_zone

STATUS_CLASSES: dict[str, str] = {
    "待受理": "pending",
    "已受理": "accepted",
    "已转送": "transferred",
    "办理中": "in-progress",
    "不予受理": "rejected",
    "已办结": "closed",
    "复查中": "review",
    "复查办结": "review-done",
    "复核中": "reexam",
    "复核办结": "reexam-done",
    "登记作废": "void",
}


def _local(moment: datetime) -> datetime:
    if moment.tzinfo is None:  # stored UTC; some drivers hand it back naive
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(local_zone())


def local_datetime(value: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """Jinja filter `local_datetime`: a UTC time shown in settings.timezone ("" for None)."""
    return _local(value).strftime(fmt) if value else ""


def local_date(value: date | datetime | None) -> str:
    """Jinja filter `local_date`: a date (or the local date of a time) as 2026-11-27."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = _local(value).date()
    return value.isoformat()


def local_time(value: datetime | None) -> str:
    return local_datetime(value, "%H:%M:%S")


def status_class(status: str | None) -> str:
    """Jinja filter: CSS class of a status badge, e.g. `status status-pending`."""
    return f"status status-{STATUS_CLASSES.get(status or '', 'other')}"


def query_url(request: web.Request, **changes: Any) -> str:
    """Jinja global: the current path with query parameters changed (None or "" removes one)."""
    params = {key: value for key, value in request.query.items()}
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    return request.path + ("?" + urlencode(params) if params else "")
