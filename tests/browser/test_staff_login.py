"""The staff console in Debian's chromium: redirect to login, log in, log out, CSRF, secure cookies, CSP.

Only the web app runs (`python -m bot.web` on a free port, a fresh SQLite file): no Rasa needed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.e2e.harness import ROOT, _healthy, free_port, stop

ADMIN, ADMIN_PASSWORD = "wang.admin", "Xinfang#2026-guanli"
VIEWER, VIEWER_PASSWORD = "zhao.viewer", "Zhidu!2026-chakan"


@dataclass(frozen=True)
class Console:
    url: str  # http://127.0.0.1:<port>
    database_url: str


@pytest.fixture(scope="module")
def console(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Console]:
    from bot.cases import create_schema, make_engine, session_factory
    from bot.staff.accounts import create_account

    workdir = tmp_path_factory.mktemp("staff-console")
    database_url = f"sqlite:///{workdir / 'console.db'}"
    engine = make_engine(database_url)
    create_schema(engine)
    sessions = session_factory(engine)
    create_account(sessions, ADMIN, ADMIN_PASSWORD, "admin", display_name="王主任")
    create_account(sessions, VIEWER, VIEWER_PASSWORD, "viewer", display_name="<i>赵</i>")
    engine.dispose()
    port = free_port()
    env = dict(os.environ, DATABASE_URL=database_url, PYTHONPATH=str(ROOT))
    env.pop("STAFF_COOKIE_SECURE", None)  # the default: Secure cookies, on plain http to 127.0.0.1
    with open(workdir / "web.log", "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot.web", "--host", "127.0.0.1", "--port", str(port)],
            cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        try:
            url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 60
            while not _healthy(f"{url}/healthz"):
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError((workdir / "web.log").read_text(errors="replace")[-3000:])
                time.sleep(0.3)
            yield Console(url=url, database_url=database_url)
        finally:
            stop(process, timeout=20)


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    page.csp_errors = []  # type: ignore[attr-defined]
    page.on(
        "console",
        lambda message: "Content Security Policy" in message.text and page.csp_errors.append(message.text),
    )
    yield page
    context.close()


def log_in(page: Any, console: Console, username: str, password: str, path: str = "/staff/audit") -> None:
    page.goto(console.url + path)
    page.fill("#f-username", username)
    page.fill("#f-password", password)
    page.click("button[type=submit]:has-text('登录')")
    page.wait_for_load_state()


@pytest.mark.parametrize("path", ["/staff/", "/staff/cases", "/staff/audit", "/staff/accounts"])
def test_pages_without_a_session_show_the_login_form(page: Any, console: Console, path: str) -> None:
    page.goto(console.url + path)
    assert page.url.startswith(f"{console.url}/staff/login?next=")
    expect(page.locator("h1")).to_have_text("工作人员登录")
    assert page.evaluate("document.documentElement.lang") == "zh-CN"


def test_log_in_and_out(page: Any, console: Console, screenshots: Path) -> None:
    log_in(page, console, ADMIN, ADMIN_PASSWORD)
    assert page.url == f"{console.url}/staff/audit"
    expect(page.locator("h1")).to_have_text("审计日志")
    expect(page.locator(".whoami .user-name")).to_have_text("王主任")
    expect(page.locator("table.audit tbody")).to_contain_text("登录成功")
    # the stylesheet loads under the CSP, and nothing inline was blocked
    background = page.evaluate("getComputedStyle(document.querySelector('.topbar')).backgroundColor")
    assert background == "rgb(36, 52, 71)"
    assert page.csp_errors == []
    cookie = next(c for c in page.context.cookies() if c["name"] == "staff_session")
    assert cookie["httpOnly"] and cookie["secure"] and cookie["sameSite"] == "Strict"
    assert page.evaluate("document.cookie") == ""  # HttpOnly: scripts never see the session
    page.screenshot(path=str(screenshots / "staff_audit.png"), full_page=True)

    page.click("button:has-text('退出登录')")
    page.wait_for_url(f"{console.url}/staff/login")
    expect(page.locator(".flash-ok")).to_have_text("您已退出登录。")
    assert not any(c["name"] == "staff_session" for c in page.context.cookies())
    page.goto(console.url + "/staff/audit")
    assert page.url.startswith(f"{console.url}/staff/login?next=")


def test_a_wrong_password_is_refused_politely(page: Any, console: Console) -> None:
    log_in(page, console, VIEWER, "Zhidu!2026-chakaN")
    assert page.url == f"{console.url}/staff/login"
    expect(page.locator(".flash-error")).to_contain_text("用户名或密码不正确")
    expect(page.locator("#f-username")).to_have_value(VIEWER)
    expect(page.locator("#f-password")).to_have_value("")


def test_a_post_without_a_csrf_token_is_refused(page: Any, console: Console) -> None:
    log_in(page, console, ADMIN, ADMIN_PASSWORD)
    form = {
        "username": "mallory",
        "password": "Eve-2026-attack!",
        "password2": "Eve-2026-attack!",
        "role": "admin",
    }
    response = page.request.post(console.url + "/staff/accounts", form=form, max_redirects=0)
    assert response.status == 403
    assert "页面已过期或来源无法确认" in response.text()
    status = page.evaluate(
        """async () => {
            const body = new URLSearchParams({username: "mallory2", password: "x", csrf_token: "guess"});
            return (await fetch("/staff/accounts", {method: "POST", body, redirect: "manual"})).status;
        }"""
    )
    assert status == 403
    page.goto(console.url + "/staff/accounts")
    expect(page.locator("table.accounts")).not_to_contain_text("mallory")
    # with the page's own token the same form goes through
    page.fill("#f-username", "chen.jiedai")
    page.fill("form[action='/staff/accounts'] #f-password", "Qingnian-2026-jiedai")
    page.fill("form[action='/staff/accounts'] #f-password2", "Qingnian-2026-jiedai")
    page.click("button:has-text('新建账号')")
    expect(page.locator(".flash-ok")).to_have_text("已新建账号 chen.jiedai。")
    expect(page.locator("table.accounts")).to_contain_text("chen.jiedai")


def test_a_viewer_has_no_accounts_page_and_markup_in_a_name_stays_text(page: Any, console: Console) -> None:
    log_in(page, console, VIEWER, VIEWER_PASSWORD, path="/staff/accounts")
    expect(page.locator("h1")).to_have_text("没有权限")
    expect(page.locator(".whoami .user-name")).to_have_text("<i>赵</i>")
    assert page.locator(".whoami i").count() == 0
    assert page.locator("nav a[href='/staff/accounts']").count() == 0


def test_the_login_page_fits_a_phone(browser: Any, console: Console, screenshots: Path) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 740}, locale="zh-CN")
    page = context.new_page()
    try:
        page.goto(console.url + "/staff/login")
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        page.fill("#f-username", ADMIN)
        page.fill("#f-password", ADMIN_PASSWORD)
        page.click("button:has-text('登录')")
        page.wait_for_url(f"{console.url}/staff/cases")
        page.goto(console.url + "/staff/accounts")
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        page.screenshot(path=str(screenshots / "staff_accounts_375.png"), full_page=True)
    finally:
        context.close()
