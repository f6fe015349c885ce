"""Log in, log out, and `/staff/` itself."""

from __future__ import annotations

import asyncio
import re
from urllib.parse import urlsplit

from aiohttp import web

from bot.staff.login import authenticate
from bot.staff.sessions import create_session, end_session
from bot.web.console.db import run_db, staff_db
from bot.web.console.middleware import (
    LOGIN_CSRF_COOKIE,
    LOGIN_PATH,
    SESSION_COOKIE,
    client_ip,
    delete_staff_cookie,
    new_login_csrf,
    render,
    see_other,
    set_staff_cookie,
)

HOME = "/staff/cases"
login_pause = asyncio.sleep  # the delay before a failed login is answered (tests swap it)
_UNSAFE_NEXT = re.compile(r"[\x00-\x20\x7f\\]")


def safe_next(value: str | None) -> str:
    """Where to go after logging in: a path under /staff/ of this site, never another site."""
    if not value or _UNSAFE_NEXT.search(value) or not value.startswith("/staff/") or value.startswith("//"):
        return HOME
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or "/.." in parts.path or parts.path.startswith(LOGIN_PATH):
        return HOME
    return value


async def home(_request: web.Request) -> web.Response:
    raise web.HTTPFound(HOME)


def _login_page(
    request: web.Request,
    token: str,
    *,
    next_path: str,
    username: str = "",
    error: str = "",
    status: int = 200,
) -> web.Response:
    context = {"csrf_token": token, "next": next_path, "username": username, "login_error": error}
    response = render(request, "login.html", context, status=status)
    set_staff_cookie(response, LOGIN_CSRF_COOKIE, token, path=LOGIN_PATH)
    return response


async def login_form(request: web.Request) -> web.Response:
    next_path = safe_next(request.query.get("next"))
    if request.get("staff_user") is not None:
        raise web.HTTPFound(next_path)
    token = request.cookies.get(LOGIN_CSRF_COOKIE) or new_login_csrf()
    return _login_page(request, token, next_path=next_path)


async def login_submit(request: web.Request) -> web.Response:
    form = await request.post()
    username = str(form.get("username", "")).strip()[:64]
    password = str(form.get("password", ""))[:256]
    next_path = safe_next(str(form.get("next", "")))
    token = request.cookies.get(LOGIN_CSRF_COOKIE, "")  # checked by the middleware
    if not username or not password:
        error = "请填写用户名和密码。"
        return _login_page(request, token, next_path=next_path, username=username, error=error, status=400)
    sessions = staff_db(request).sessions
    result = await run_db(request, authenticate, sessions, username, password, ip=client_ip(request))
    if not result.ok or result.user is None:
        await login_pause(max(0.0, float(result.delay_s)))  # slows guessing; the thread pool stays free
        error = result.message or "用户名或密码不正确。"
        return _login_page(request, token, next_path=next_path, username=username, error=error, status=401)
    old_token = request.cookies.get(SESSION_COOKIE)
    if old_token:  # logging in again ends the session this browser had: one live token per login
        await run_db(request, end_session, sessions, old_token, ip=client_ip(request))
    new = await run_db(
        request,
        create_session,
        sessions,
        result.user,
        ip=client_ip(request),
        user_agent=request.headers.get("User-Agent", "")[:255] or None,
    )
    response = web.HTTPSeeOther(next_path)
    set_staff_cookie(response, SESSION_COOKIE, new.token)
    delete_staff_cookie(response, LOGIN_CSRF_COOKIE, path=LOGIN_PATH)
    raise response


async def logout(request: web.Request) -> web.Response:
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        await run_db(request, end_session, staff_db(request).sessions, token, ip=client_ip(request))
    response = see_other(LOGIN_PATH, "您已退出登录。")
    delete_staff_cookie(response, SESSION_COOKIE)
    raise response


def add_routes(app: web.Application) -> None:
    app.router.add_get("/staff", home)
    app.router.add_get("/staff/", home)
    app.router.add_get(LOGIN_PATH, login_form)
    app.router.add_post(LOGIN_PATH, login_submit)
    app.router.add_post("/staff/logout", logout)
