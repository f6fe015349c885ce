"""The staff console under `/staff/`: Jinja2 pages, the auth/CSRF middleware, static CSS, routes.

Page modules use `bot.web.staff.middleware` (`render`, `require_update`, `require_admin`, `see_other`,
`current_user`, `client_ip`) and `bot.web.staff.db` (`run_db`, `staff_db`). Templates extend
`staff/base.html` and import macros from `staff/_macros.html`.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp_jinja2
import jinja2
from aiohttp import web

from bot.web.staff.db import open_staff_db
from bot.web.staff.middleware import staff_context, staff_middleware

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

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
}

__all__ = ["setup_staff", "staff_context"]


def _local(moment: datetime) -> datetime:
    from bot.cases.numbers import local_zone

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


def _environment(app: web.Application) -> jinja2.Environment:
    env = aiohttp_jinja2.setup(
        app,
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "htm", "xml"), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        local_datetime=local_datetime, local_date=local_date, local_time=local_time, status_class=status_class
    )
    env.globals.update(query_url=query_url)
    return env


def setup_staff(app: web.Application) -> None:
    """Mount the console on `app` (call after the app's engine startup hook is registered)."""
    from bot.web.staff import views_admin, views_auth, views_cases, views_conversations, views_trends

    _environment(app)
    app.middlewares.append(staff_middleware)
    app.on_startup.append(open_staff_db)
    app.router.add_static("/staff/static/", STATIC, name="staff_static", append_version=False)
    views_auth.add_routes(app)
    views_admin.add_routes(app)
    views_cases.add_routes(app)
    views_conversations.add_routes(app)
    views_trends.add_routes(app)
