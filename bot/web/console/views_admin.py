"""Admin pages: staff accounts (administrators) and the audit log (administrators and officers)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from aiohttp import web

from bot.staff.accounts import create_account, list_accounts, set_active, set_password, set_role, unlock
from bot.staff.audit_query import list_audit
from bot.staff.floods import VOID_REASONS, filing_floods
from bot.staff.roles import ROLE_LABELS, ROLES
from bot.staff.sweeps import KIND_LABELS, sweep_alarms
from bot.web.console.db import run_db, staff_db
from bot.web.console.filters import local_datetime
from bot.web.console.middleware import client_ip, render, require_admin, require_auditor, see_other

ACCOUNTS = "/staff/accounts"
AUDIT_PER_PAGE = 50
ROLE_CHOICES = [(role, ROLE_LABELS[role]) for role in ROLES]
ACTION_LABELS: dict[str, str] = {
    "login.success": "登录成功",
    "login.failure": "登录失败",
    "login.locked": "登录被锁定",
    "logout": "退出登录",
    "account.create": "新建账号",
    "account.update": "修改角色",
    "account.password": "重设密码",
    "account.disable": "停用账号",
    "account.enable": "启用账号",
    "account.unlock": "解除锁定",
    "case.view": "查看事项",
    "case.status": "变更状态",
    "case.extend": "延长办理期限",
    "case.edit": "更正事项",
    "case.note": "添加备注",
    "case.tag_add": "添加标签",
    "case.tag_remove": "移除标签",
    "case.reveal_phone": "查看完整电话",
    "case.reveal_id": "查看完整身份证号",
    "case.reveal_address": "查看完整通讯地址",
    "conversation.view": "查看对话",
    "conversation.review": "标记对话已复核",
    "conversation.file_case": "从对话登记事项",
    "export.cases_csv": "导出事项 CSV",
    "export.trends_csv": "导出趋势 CSV",
}
ACTION_FAMILIES = [("login.", "全部登录记录"), ("account.", "全部账号操作"), ("case.", "全部事项操作"),
                   ("conversation.", "全部对话操作"), ("export.", "全部导出")]  # fmt: skip
TARGET_TYPES = [("case", "事项"), ("account", "账号"), ("conversation", "对话"), ("ip", "IP 地址"),
                ("export", "导出")]  # fmt: skip


# -- accounts ---------------------------------------------------------------------------------


async def _accounts_page(
    request: web.Request, *, error: str = "", form: dict | None = None, status: int = 200
):
    accounts = await run_db(request, list_accounts, staff_db(request).sessions)
    context = {"accounts": accounts, "roles": ROLE_CHOICES, "error": error, "form": form or {}}
    return render(request, "accounts.html", context, status=status)


async def accounts(request: web.Request) -> web.Response:
    require_admin(request)
    return await _accounts_page(request)


async def _admin_post(request: web.Request, fn, *args, done: str, form: dict | None = None, **kwargs):
    """Run one audited account change; its polite ValueError goes back onto the page."""
    user = require_admin(request)
    try:
        await run_db(request, fn, staff_db(request).sessions, user, *args, ip=client_ip(request), **kwargs)
    except ValueError as error:
        return await _accounts_page(request, error=str(error), form=form, status=400)
    raise see_other(ACCOUNTS, done)


def _passwords(form: Any) -> str:
    password, again = str(form.get("password", "")), str(form.get("password2", ""))
    if password != again:
        raise ValueError("两次输入的密码不一致，请重新输入。")
    return password


async def account_create(request: web.Request) -> web.Response:
    user = require_admin(request)
    form = await request.post()
    username = str(form.get("username", "")).strip()
    keep = {"username": username, "display_name": str(form.get("display_name", "")), "role": form.get("role")}
    try:
        password = _passwords(form)
        await run_db(
            request, create_account, staff_db(request).sessions, username, password, str(form.get("role", "")),
            display_name=keep["display_name"].strip() or None, actor=user, ip=client_ip(request),
        )  # fmt: skip
    except ValueError as error:
        return await _accounts_page(request, error=str(error), form=keep, status=400)
    raise see_other(ACCOUNTS, f"已新建账号 {username}。")


async def account_active(request: web.Request) -> web.Response:
    username = request.match_info["username"]
    active = str((await request.post()).get("active", "")) == "1"
    done = f"已启用账号 {username}。" if active else f"已停用账号 {username}，其登录已全部结束。"
    return await _admin_post(request, set_active, username, active, done=done)


async def account_unlock(request: web.Request) -> web.Response:
    username = request.match_info["username"]
    return await _admin_post(request, unlock, username, done=f"已解除 {username} 的锁定。")


async def account_password(request: web.Request) -> web.Response:
    username = request.match_info["username"]
    try:
        password = _passwords(await request.post())
    except ValueError as error:
        require_admin(request)
        return await _accounts_page(request, error=str(error), status=400)
    done = f"已为 {username} 设置新密码，其原有登录已结束。"
    return await _admin_post(request, set_password, username, password, done=done)


async def account_role(request: web.Request) -> web.Response:
    username = request.match_info["username"]
    role = str((await request.post()).get("role", ""))
    label = ROLE_LABELS.get(role, role)
    return await _admin_post(request, set_role, username, role, done=f"已把 {username} 的角色改为{label}。")


# -- audit log ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    key: str
    before: str | None  # None: the key is not on that side
    after: str | None


_UTC_STAMP = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d+)?\+00:00")


def _shown(value: Any) -> str:
    if value is None:
        return "（空）"
    if isinstance(value, str):
        if _UTC_STAMP.fullmatch(value):  # times are stored UTC; staff read local time
            return local_datetime(datetime.fromisoformat(value), "%Y-%m-%d %H:%M:%S")
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def diff(before: dict | None, after: dict | None) -> list[Change]:
    """before/after of an audit row as key: old → new lines (unchanged keys of both sides left out)."""
    before, after = before or {}, after or {}
    changes = []
    for key in list(before) + [key for key in after if key not in before]:
        old = _shown(before[key]) if key in before else None
        new = _shown(after[key]) if key in after else None
        if key in before and key in after and old == new:
            continue
        changes.append(Change(str(key), old, new))
    return changes


def _page_number(value: str | None) -> int:
    try:
        return max(1, min(100_000, int(value or 1)))
    except ValueError:
        return 1


async def audit(request: web.Request) -> web.Response:
    require_auditor(request)
    query = request.query
    filters = {
        "actor": query.get("actor", "").strip()[:64] or None,
        "action": query.get("action", "").strip()[:64] or None,
        "target_type": query.get("target_type", "").strip()[:32] or None,
        "target_id": query.get("target_id", "").strip()[:128] or None,
    }
    result = await run_db(
        request, list_audit, staff_db(request).sessions, **filters, page=_page_number(query.get("page")),
        per_page=AUDIT_PER_PAGE,
    )  # fmt: skip
    rows = [(item, ACTION_LABELS.get(item.action, item.action), diff(item.before, item.after))
            for item in result.items]  # fmt: skip
    alarms = await run_db(request, sweep_alarms, staff_db(request).sessions)
    floods = await run_db(request, filing_floods, staff_db(request).sessions)
    actions = ACTION_FAMILIES + list(ACTION_LABELS.items())
    context = {
        "page": result,
        "rows": rows,
        "filters": filters,
        "actions": actions,
        "targets": TARGET_TYPES,
        "target_labels": dict(TARGET_TYPES),
        "sweep_alarms": alarms,
        "sweep_kinds": KIND_LABELS,
        "floods": floods,
        "void_reasons": VOID_REASONS,
    }
    return render(request, "audit.html", context)


def add_routes(app: web.Application) -> None:
    app.router.add_get(ACCOUNTS, accounts)
    app.router.add_post(ACCOUNTS, account_create)
    app.router.add_post(ACCOUNTS + "/{username}/active", account_active)
    app.router.add_post(ACCOUNTS + "/{username}/unlock", account_unlock)
    app.router.add_post(ACCOUNTS + "/{username}/password", account_password)
    app.router.add_post(ACCOUNTS + "/{username}/role", account_role)
    app.router.add_get("/staff/audit", audit)
