"""Staff console guard: session cookie → signed-in user, CSRF on every POST, security headers, error pages.

Runs for `/staff` and everything under `/staff/`; other paths of the web app pass untouched.
"""

from __future__ import annotations

import hmac
import json
import logging
import secrets
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import quote, unquote, urlencode

import aiohttp_jinja2
from aiohttp import web
from aiohttp_jinja2 import REQUEST_CONTEXT_KEY

from bot.domain.text import has_cjk
from bot.ops.settings import get_settings
from bot.staff.roles import ROLE_ADMIN, ROLE_OFFICER, StaffUser
from bot.staff.sessions import load_session
from bot.web.console.db import run_db, staff_db

log = logging.getLogger(__name__)

SESSION_COOKIE = "staff_session"  # == bot.staff.sessions.SESSION_COOKIE (checked by a test)
LOGIN_CSRF_COOKIE = "staff_csrf"  # double-submit token of the login form (no session yet)
FLASH_COOKIE = "staff_flash"  # one message shown on the next page after a redirect
LOGIN_PATH = "/staff/login"
STATIC_PREFIX = "/staff/static/"
COOKIE_PATH = "/staff"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
    "Referrer-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
}
CSRF_MESSAGE = "页面已过期或来源无法确认，请刷新页面后重新提交。"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def is_staff_path(path: str) -> bool:
    return path == "/staff" or path.startswith("/staff/")


def is_public(path: str) -> bool:
    return path == LOGIN_PATH or path.startswith(STATIC_PREFIX)


def cookie_secure() -> bool:
    """Secure cookies unless STAFF_COOKIE_SECURE=false (a browser that refuses them over plain http)."""
    return get_settings().staff_cookie_secure


def set_staff_cookie(
    response: web.StreamResponse,
    name: str,
    value: str,
    *,
    path: str = COOKIE_PATH,
    max_age: int | None = None,
) -> None:
    response.set_cookie(
        name, value, path=path, max_age=max_age, httponly=True, samesite="Strict", secure=cookie_secure()
    )


def delete_staff_cookie(response: web.StreamResponse, name: str, *, path: str = COOKIE_PATH) -> None:
    # set_cookie, not del_cookie: the attributes must match or strict browsers keep the old cookie
    set_staff_cookie(response, name, "", path=path, max_age=0)


def client_ip(request: web.Request) -> str | None:
    return request.remote


def current_user(request: web.Request) -> StaffUser:
    return request["staff_user"]


def login_url(next_path: str | None = None) -> str:
    return LOGIN_PATH + ("?" + urlencode({"next": next_path}) if next_path else "")


# -- flash messages -------------------------------------------------------------------------


def see_other(location: str, message: str | None = None, kind: str = "ok") -> web.HTTPSeeOther:
    """A 303 after a successful POST; `message` is shown once on the next page (kind: ok | error)."""
    response = web.HTTPSeeOther(location)
    if message:
        value = quote(json.dumps({"text": message, "kind": kind}, ensure_ascii=False), safe="")
        set_staff_cookie(response, FLASH_COOKIE, value, max_age=120)
    return response


def read_flash(request: web.Request) -> dict[str, str] | None:
    raw = request.cookies.get(FLASH_COOKIE)
    if not raw:
        return None
    request["staff_flash_seen"] = True
    try:
        data = json.loads(unquote(raw))
        return {"text": str(data["text"]), "kind": "error" if data.get("kind") == "error" else "ok"}
    except (ValueError, KeyError, TypeError):
        return None


async def staff_context(request: web.Request) -> dict[str, Any]:
    """What every console template gets (the context processor, called by the middleware)."""
    return {
        "staff_user": request.get("staff_user"),
        "csrf_token": request.get("csrf_token", ""),
        "request": request,
        "flash": read_flash(request),
    }


# -- pages for refusals and errors ------------------------------------------------------------


def render(request: web.Request, template: str, context: dict[str, Any] | None = None, *, status: int = 200):
    """Render `staff/<template>` with the console context (templates name their own file)."""
    return aiohttp_jinja2.render_template(f"staff/{template}", request, context or {}, status=status)


def error_page(request: web.Request, status: int, message: str, title: str | None = None) -> str:
    titles = {400: "无法完成", 403: "没有权限", 404: "页面不存在", 405: "不支持的操作", 500: "出错了"}
    context = {"status": status, "title": title or titles.get(status, "出错了"), "message": message}
    return aiohttp_jinja2.render_string("staff/error.html", request, context)


def forbidden(request: web.Request, message: str) -> web.HTTPForbidden:
    return web.HTTPForbidden(text=error_page(request, 403, message), content_type="text/html")


def require_update(request: web.Request) -> StaffUser:
    """The signed-in user if they may change cases, else a 403 page."""
    user = current_user(request)
    if not user.can_update:
        raise forbidden(request, "只读账号只能查看，不能修改。如需修改，请联系管理员调整权限。")
    return user


def require_admin(request: web.Request) -> StaffUser:
    user = current_user(request)
    if not user.can_admin:
        raise forbidden(request, "只有管理员可以管理账号。")
    return user


def require_auditor(request: web.Request) -> StaffUser:
    user = current_user(request)
    if user.role not in (ROLE_ADMIN, ROLE_OFFICER):
        raise forbidden(request, "审计日志只对管理员和受理办理人员开放。")
    return user


# -- the middleware -----------------------------------------------------------------------------


async def _load_session(request: web.Request) -> Any:
    token = request.cookies.get(SESSION_COOKIE)
    if not token or len(token) > 512:
        return None
    info = await run_db(request, load_session, staff_db(request).sessions, token)
    if info is None:
        request["staff_clear_session"] = True
    return info


async def _check_csrf(request: web.Request) -> None:
    form = await request.post()  # cached by aiohttp: the handler reads the same form
    sent = form.get("csrf_token")
    if not isinstance(sent, str) or not sent:
        sent = request.headers.get("X-CSRF-Token", "")
    if request.path == LOGIN_PATH:
        expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    else:
        expected = request.get("csrf_token", "")
    if not expected or not hmac.compare_digest(sent.encode(), expected.encode()):
        log.warning("staff CSRF refused: %s %s from %s", request.method, request.path, client_ip(request))
        raise forbidden(request, CSRF_MESSAGE)


async def _guarded(request: web.Request, handler: Handler) -> web.StreamResponse:
    info = None if request.path.startswith(STATIC_PREFIX) else await _load_session(request)
    if info is not None:
        request["staff_user"] = info.user
        request["csrf_token"] = info.csrf_token
    request[REQUEST_CONTEXT_KEY] = await staff_context(request)
    if info is None and not is_public(request.path):
        if request.method in ("GET", "HEAD"):
            raise web.HTTPFound(login_url(request.path_qs))
        raise forbidden(request, "您还没有登录或登录已过期，请重新登录后再提交。")
    if request.method not in SAFE_METHODS:
        await _check_csrf(request)
    try:
        return await handler(request)
    except PermissionError as error:
        raise forbidden(request, _polite(error, "您的账号没有做这件事的权限。")) from None
    except ValueError as error:
        text = error_page(request, 400, _polite(error, "填写的内容有误，请检查后重试。"))
        raise web.HTTPBadRequest(text=text, content_type="text/html") from None


def _polite(error: Exception, fallback: str) -> str:
    message = str(error)
    return message if has_cjk(message) else fallback  # back-end messages are Chinese; others are bugs


def _finish(request: web.Request, response: web.StreamResponse) -> None:
    if response.prepared:
        return
    response.headers.update(SECURITY_HEADERS)
    if request.get("staff_flash_seen") and FLASH_COOKIE not in response.cookies:
        delete_staff_cookie(response, FLASH_COOKIE)
    if request.get("staff_clear_session") and SESSION_COOKIE not in response.cookies:
        delete_staff_cookie(response, SESSION_COOKIE)


def _plain_error_as_page(request: web.Request, error: web.HTTPException) -> web.HTTPException:
    # aiohttp's own 404/405 are English text/plain: give staff a Chinese page instead
    if error.status < 400 or error.content_type != "text/plain":
        return error
    messages = {404: "找不到这个页面，可能地址有误或内容已不存在。", 405: "这个地址不支持这种操作。"}
    text = error_page(request, error.status, messages.get(error.status, "请求无法完成。"))
    error.content_type = "text/html"
    error.charset = "utf-8"
    error.text = text
    return error


@web.middleware
async def staff_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    if not is_staff_path(request.path):
        return await handler(request)
    try:
        response = await _guarded(request, handler)
    except web.HTTPException as error:
        error = _plain_error_as_page(request, error)
        _finish(request, error)
        raise error from None
    except Exception:
        log.exception("staff console error on %s %s", request.method, request.path)
        response = web.Response(
            text=error_page(request, 500, "系统出了点问题，请稍后再试；如果一直这样，请联系管理员。"),
            content_type="text/html",
            status=500,
        )
    _finish(request, response)
    return response


def new_login_csrf() -> str:
    return secrets.token_urlsafe(32)
