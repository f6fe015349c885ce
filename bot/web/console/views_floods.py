"""Filing floods on the audit page: closing a flood's pending cases in bulk as 登记作废 with a reason."""

from __future__ import annotations

from aiohttp import web

from bot.staff.floods import void_cases
from bot.web.console.db import run_db, staff_db
from bot.web.console.middleware import client_ip, require_update, see_other

AUDIT = "/staff/audit"


async def void_flood(request: web.Request) -> web.Response:
    user = require_update(request)
    form = await request.post()
    numbers = [n.strip() for n in str(form.get("case_numbers", "")).split(",") if n.strip()]
    reason = "；".join(
        part for part in (str(form.get("reason", "")).strip(), str(form.get("note", "")).strip()) if part
    )
    try:
        changed = await run_db(
            request, void_cases, staff_db(request).sessions, user, numbers, reason, ip=client_ip(request)
        )
    except ValueError as error:
        raise see_other(AUDIT, str(error), kind="error") from error
    raise see_other(AUDIT, f"已将 {len(changed)} 件事项登记作废（理由：{reason}）。")


def add_routes(app: web.Application) -> None:
    app.router.add_post("/staff/floods/void", void_flood)
