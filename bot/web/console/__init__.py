"""The staff console under `/staff/`: Jinja2 pages, the auth/CSRF middleware, static CSS, routes.

Page modules use `bot.web.console.middleware` (`render`, `require_update`, `require_admin`, `see_other`,
`current_user`, `client_ip`) and `bot.web.console.db` (`run_db`, `staff_db`). Templates extend
`staff/base.html` and import macros from `staff/_macros.html`.
"""

from __future__ import annotations

from pathlib import Path

import aiohttp_jinja2
import jinja2
from aiohttp import web

from bot.web.console import (
    views_admin,
    views_auth,
    views_cases,
    views_conversations,
    views_floods,
    views_trends,
)
from bot.web.console.db import open_staff_db
from bot.web.console.filters import local_date, local_datetime, local_time, query_url, status_class
from bot.web.console.middleware import staff_context, staff_middleware

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

__all__ = ["setup_staff", "staff_context"]


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
    _environment(app)
    app.middlewares.append(staff_middleware)
    app.on_startup.append(open_staff_db)
    app.router.add_static("/staff/static/", STATIC, name="staff_static", append_version=False)
    views_auth.add_routes(app)
    views_admin.add_routes(app)
    views_cases.add_routes(app)
    views_conversations.add_routes(app)
    views_trends.add_routes(app)
    views_floods.add_routes(app)
