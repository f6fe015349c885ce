"""Staff console web layer: login, sessions, CSRF, redirects and security headers (real SQLite, real app)."""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import CookieJar
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy.orm import sessionmaker
from yarl import URL

from bench.stack import free_port
from bot.cases import create_schema, make_engine, session_factory
from bot.ops.settings import get_settings
from bot.staff import sessions as staff_sessions
from bot.staff.accounts import create_account
from bot.staff.audit_query import list_audit
from bot.web.app import WebConfig, create_app
from bot.web.console import middleware, views_auth
from bot.web.console.views_auth import safe_next

PASSWORDS = {
    "wang.admin": "Xinfang#2026-guanli",
    "li.officer": "Shouli@2026-banli",
    "zhao.viewer": "Zhidu!2026-chakan",
}
ROLES = {"wang.admin": "admin", "li.officer": "officer", "zhao.viewer": "viewer"}
NAMES = {"wang.admin": "王主任", "li.officer": '<script>alert("李")</script>', "zhao.viewer": "赵 只读"}
TOKEN_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
TEMPLATES = Path(__file__).resolve().parents[2] / "bot" / "web" / "console" / "templates" / "staff"


@pytest.fixture(scope="module")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database with the three accounts (argon2 is slow on purpose); each test gets a copy."""
    path = tmp_path_factory.mktemp("staff-template") / "staff.db"
    engine = make_engine(f"sqlite:///{path}")
    create_schema(engine)
    factory = session_factory(engine)
    for username, password in PASSWORDS.items():
        create_account(factory, username, password, ROLES[username], display_name=NAMES[username])
    engine.dispose()  # checkpoints the WAL into the file
    return path


@pytest.fixture
def sessions(tmp_path: Path, template_db: Path) -> sessionmaker:
    shutil.copyfile(template_db, tmp_path / "staff.db")
    return session_factory(make_engine(f"sqlite:///{tmp_path / 'staff.db'}"))


@pytest.fixture
async def client(tmp_path: Path, sessions: sessionmaker) -> AsyncIterator[TestClient]:
    config = WebConfig(database_url=f"sqlite:///{tmp_path / 'staff.db'}", rasa_url="http://127.0.0.1:5005")
    port = free_port()
    # Secure cookies on plain http: browsers treat 127.0.0.1 as a secure origin, so does this jar
    jar = CookieJar(unsafe=True, treat_as_secure_origin=[URL(f"http://127.0.0.1:{port}")])
    server = TestServer(create_app(config), host="127.0.0.1", port=port)
    async with TestClient(server, cookie_jar=jar) as test_client:
        yield test_client


@pytest.fixture
def no_pause(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    delays: list[float] = []

    async def record(seconds: float) -> None:
        delays.append(seconds)

    monkeypatch.setattr(views_auth, "login_pause", record)
    return delays


async def login_token(client: TestClient, next_path: str | None = None) -> str:
    response = await client.get("/staff/login", params={"next": next_path} if next_path else None)
    assert response.status == 200
    return TOKEN_RE.search(await response.text()).group(1)


async def log_in(client: TestClient, username: str, password: str | None = None, next_path: str = ""):
    token = await login_token(client)
    form = {"csrf_token": token, "username": username, "password": password or PASSWORDS[username]}
    if next_path:
        form["next"] = next_path
    return await client.post("/staff/login", data=form, allow_redirects=False)


async def page_token(client: TestClient, path: str = "/staff/audit") -> str:
    response = await client.get(path)
    assert response.status == 200, path
    return TOKEN_RE.search(await response.text()).group(1)


def session_cookie(client: TestClient) -> str | None:
    return next((c.value for c in client.session.cookie_jar if c.key == "staff_session"), None)


# -- no session ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/staff/cases", "/staff/audit", "/staff/accounts", "/staff/cases/XF20261127-0001?x=1", "/staff/"]
)
async def test_pages_without_a_session_redirect_to_login_with_next(client: TestClient, path: str) -> None:
    response = await client.get(path, allow_redirects=False)
    assert response.status == 302
    location = URL(response.headers["Location"])
    assert location.path == "/staff/login"
    assert location.query["next"] == path


async def test_a_post_without_a_session_is_refused(client: TestClient) -> None:
    response = await client.post("/staff/accounts", data={"username": "hacker", "csrf_token": "x"})
    assert response.status == 403
    assert "登录" in await response.text()


async def test_the_session_cookie_name_is_the_back_ends() -> None:
    assert middleware.SESSION_COOKIE == staff_sessions.SESSION_COOKIE


# -- logging in -----------------------------------------------------------------------------------


async def test_login_sets_a_strict_httponly_secure_session_cookie_and_follows_next(
    client: TestClient,
) -> None:
    response = await log_in(client, "wang.admin", next_path="/staff/audit?action=login.")
    assert response.status == 303
    assert response.headers["Location"] == "/staff/audit?action=login."
    cookie = response.cookies["staff_session"]
    assert cookie.value and len(cookie.value) >= 40
    assert cookie["httponly"] and cookie["secure"]
    assert cookie["samesite"] == "Strict"
    assert cookie["path"] == "/staff"
    page = await client.get("/staff/audit")
    assert page.status == 200
    assert "王主任" in await page.text()


async def test_cookies_are_not_secure_when_staff_cookie_secure_is_false(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STAFF_COOKIE_SECURE", "false")
    get_settings.cache_clear()
    response = await log_in(client, "li.officer")
    assert response.status == 303
    assert not response.cookies["staff_session"]["secure"]
    assert response.cookies["staff_session"]["httponly"]


async def test_the_login_form_sets_a_double_submit_csrf_cookie(client: TestClient) -> None:
    response = await client.get("/staff/login")
    cookie = response.cookies["staff_csrf"]
    assert cookie["httponly"] and cookie["samesite"] == "Strict" and cookie["path"] == "/staff/login"
    page = await response.text()
    assert TOKEN_RE.search(page).group(1) == cookie.value
    assert '<html lang="zh-CN">' in page and "工作人员登录" in page


async def test_wrong_password_and_unknown_name_get_the_same_answer_after_a_delay(client: TestClient) -> None:
    started = time.monotonic()
    wrong = await log_in(client, "wang.admin", "Xinfang#2026-guanlI")
    elapsed = time.monotonic() - started
    unknown = await log_in(client, "nobody.here", "Xinfang#2026-guanli")
    assert wrong.status == unknown.status == 401
    assert "staff_session" not in wrong.cookies
    assert elapsed >= 0.45  # first failure: 0.5 s before the answer
    wrong_text, unknown_text = await wrong.text(), await unknown.text()
    assert "用户名或密码不正确" in wrong_text and "用户名或密码不正确" in unknown_text
    assert 'value="wang.admin"' in wrong_text  # the name is kept, the password is not
    assert "Xinfang" not in wrong_text


async def test_five_failures_lock_the_account_even_for_the_right_password(
    client: TestClient, no_pause: list[float], sessions: sessionmaker
) -> None:
    for _ in range(5):
        response = await log_in(client, "li.officer", "Shouli@2026-banIi")
        assert response.status == 401
    assert no_pause == [0.5, 1.0, 2.0, 4.0, 8.0]
    response = await log_in(client, "li.officer")
    assert response.status == 401
    assert "锁定" in await response.text()
    assert session_cookie(client) is None
    locked = list_audit(sessions, action="login.locked")
    assert locked.total >= 1 and locked.items[0].target_id == "li.officer"


async def test_a_logged_in_user_opening_login_goes_on(client: TestClient) -> None:
    await log_in(client, "zhao.viewer")
    response = await client.get("/staff/login?next=/staff/trends", allow_redirects=False)
    assert response.status == 302 and response.headers["Location"] == "/staff/trends"
    home = await client.get("/staff/", allow_redirects=False)
    assert home.headers["Location"] == "/staff/cases"


@pytest.mark.parametrize(
    "next_path",
    [
        "https://evil.example/staff/cases",
        "//evil.example/staff/",
        "/\\evil.example",
        "/staff/\\\\evil.example",
        "javascript:alert(1)",
        "/about",
        "/staff/../about",
        "/staff/login?next=//evil.example",
        "/staff/cases\r\nSet-Cookie: x=1",
        "",
    ],
)
async def test_next_never_leaves_the_console(client: TestClient, next_path: str) -> None:
    response = await log_in(client, "wang.admin", next_path=next_path)
    assert response.status == 303
    assert response.headers["Location"] == "/staff/cases"


def test_safe_next_keeps_console_paths_with_their_query() -> None:
    assert safe_next("/staff/cases?status=待受理&page=2") == "/staff/cases?status=待受理&page=2"
    assert safe_next("/staff/cases/XF20261127-0001") == "/staff/cases/XF20261127-0001"
    assert safe_next("/staffroom") == "/staff/cases"
    assert safe_next(None) == "/staff/cases"


# -- CSRF -----------------------------------------------------------------------------------------


async def test_login_without_the_double_submit_cookie_is_refused(client: TestClient) -> None:
    token = await login_token(client)
    client.session.cookie_jar.clear()
    form = {"csrf_token": token, "username": "wang.admin", "password": PASSWORDS["wang.admin"]}
    response = await client.post("/staff/login", data=form, allow_redirects=False)
    assert response.status == 403
    assert "页面已过期" in await response.text()
    assert "staff_session" not in response.cookies


async def test_login_with_a_token_other_than_the_cookie_is_refused(client: TestClient) -> None:
    await login_token(client)
    form = {"csrf_token": "forged-token-0000", "username": "wang.admin", "password": PASSWORDS["wang.admin"]}
    response = await client.post("/staff/login", data=form, allow_redirects=False)
    assert response.status == 403


@pytest.mark.parametrize("token", [None, "", "wrong-token", "’全角令牌’"])
async def test_a_post_without_the_sessions_csrf_token_is_refused(
    client: TestClient, sessions: sessionmaker, token: str | None
) -> None:
    await log_in(client, "wang.admin")
    form = {"username": "new.person", "password": "Renmin-2026-xinfang", "password2": "Renmin-2026-xinfang"}
    if token is not None:
        form["csrf_token"] = token
    response = await client.post("/staff/accounts", data=form, allow_redirects=False)
    assert response.status == 403
    body = await response.text()
    assert "页面已过期或来源无法确认" in body and '<html lang="zh-CN">' in body
    assert list_audit(sessions, action="account.create", target_id="new.person").total == 0


async def test_the_token_of_another_session_is_refused(client: TestClient, tmp_path: Path) -> None:
    await log_in(client, "li.officer")
    officer_token = await page_token(client)
    client.session.cookie_jar.clear()
    await log_in(client, "wang.admin")
    response = await client.post("/staff/logout", data={"csrf_token": officer_token}, allow_redirects=False)
    assert response.status == 403
    assert (await client.get("/staff/audit", allow_redirects=False)).status == 200  # still logged in


# -- logging out ----------------------------------------------------------------------------------


async def test_logout_ends_the_session_on_the_server(client: TestClient, sessions: sessionmaker) -> None:
    await log_in(client, "li.officer")
    token = session_cookie(client)
    csrf = await page_token(client)
    response = await client.post("/staff/logout", data={"csrf_token": csrf}, allow_redirects=False)
    assert response.status == 303 and response.headers["Location"] == "/staff/login"
    assert response.cookies["staff_session"].value == ""
    page = await client.get("/staff/login")
    assert "您已退出登录" in await page.text()
    client.session.cookie_jar.clear()
    replay = await client.get(
        "/staff/audit", headers={"Cookie": f"staff_session={token}"}, allow_redirects=False
    )
    assert replay.status == 302  # the old cookie is worthless now
    assert list_audit(sessions, action="logout", actor="li.officer").total == 1


async def test_a_forged_session_cookie_redirects_and_is_cleared(client: TestClient) -> None:
    response = await client.get(
        "/staff/cases", headers={"Cookie": "staff_session=not-a-real-token"}, allow_redirects=False
    )
    assert response.status == 302
    assert response.cookies["staff_session"]["max-age"] == "0"


# -- headers, escaping, templates -------------------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/staff/login", "/staff/cases", "/staff/static/staff.css", "/staff/nowhere"]
)
async def test_security_headers_on_every_console_answer(client: TestClient, path: str) -> None:
    response = await client.get(path, allow_redirects=False)
    headers = response.headers
    csp = headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "style-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Cache-Control"] == "no-store"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["X-Content-Type-Options"] == "nosniff"


async def test_other_pages_of_the_web_app_are_untouched(client: TestClient) -> None:
    response = await client.get("/healthz")
    assert response.status == 200
    assert "Content-Security-Policy" not in response.headers


async def test_an_unknown_console_page_is_a_chinese_404(client: TestClient) -> None:
    await log_in(client, "zhao.viewer")
    response = await client.get("/staff/nowhere")
    assert response.status == 404
    body = await response.text()
    assert "页面不存在" in body and "Not Found" not in body


async def test_html_in_a_display_name_is_escaped(client: TestClient) -> None:
    await log_in(client, "li.officer")
    body = await (await client.get("/staff/audit")).text()
    assert '<script>alert("李")</script>' not in body
    assert "&lt;script&gt;alert(&#34;李&#34;)&lt;/script&gt;" in body


async def test_static_css_is_served(client: TestClient) -> None:
    response = await client.get("/staff/static/staff.css")
    assert response.status == 200
    text = await response.text()
    assert ".overdue" in text and ".status-pending" in text and "@media (max-width: 640px)" in text


def test_templates_have_no_inline_script_or_style() -> None:
    for template in TEMPLATES.glob("*.html"):
        text = template.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text), template.name
        assert "<style" not in text and not re.search(r"\sstyle=", text), template.name
        assert not re.search(r"\son[a-z]+=", text), template.name
        assert "|safe" not in text.replace(" ", ""), template.name


def test_make_run_prints_the_console_url_and_how_to_make_the_first_account() -> None:
    import io
    from types import SimpleNamespace

    from bot.ops.run import Orchestrator, Service, serve

    class Finished(Orchestrator):
        def start(self) -> None: ...

        def wait_ready(self, timeout: float = 600.0, poll: float = 0.5) -> None: ...

        def first_exit(self):  # stop at once: pretend a service exited
            return SimpleNamespace(service=self.services[0], process=SimpleNamespace(returncode=0))

        def stop(self, timeout: float = 20.0) -> None: ...

    web = Service("web app", ["true"], "http://127.0.0.1:8000/healthz", "http://127.0.0.1:8000/")
    out = io.StringIO()
    assert serve(Finished([web], env={}), out=out) == 1
    printed = out.getvalue()
    assert "Staff console: http://127.0.0.1:8000/staff/" in printed
    assert "python -m bot staff add NAME --role admin" in printed


@pytest.fixture
async def failing_client(tmp_path: Path, sessions: sessionmaker) -> AsyncIterator[TestClient]:
    """The console with three extra pages whose back-end call fails."""
    from aiohttp import web

    config = WebConfig(database_url=f"sqlite:///{tmp_path / 'staff.db'}", rasa_url="http://127.0.0.1:5005")
    app = create_app(config)

    async def value_error(_request: web.Request) -> web.Response:
        raise ValueError("延期天数必须在 1 到 30 天之间")

    async def permission_error(_request: web.Request) -> web.Response:
        raise PermissionError("只读账号不能修改事项")

    async def english_error(_request: web.Request) -> web.Response:
        raise ValueError("invalid literal for int() with base 10: '<b>x</b>'")

    async def crash(_request: web.Request) -> web.Response:
        raise RuntimeError("database exploded <script>")

    app.router.add_get("/staff/test/value", value_error)
    app.router.add_get("/staff/test/permission", permission_error)
    app.router.add_get("/staff/test/english", english_error)
    app.router.add_get("/staff/test/crash", crash)
    port = free_port()
    jar = CookieJar(unsafe=True, treat_as_secure_origin=[URL(f"http://127.0.0.1:{port}")])
    async with TestClient(TestServer(app, host="127.0.0.1", port=port), cookie_jar=jar) as test_client:
        yield test_client


@pytest.mark.parametrize(
    ("path", "status", "shown"),
    [
        ("/staff/test/value", 400, "延期天数必须在 1 到 30 天之间"),
        ("/staff/test/permission", 403, "只读账号不能修改事项"),
        ("/staff/test/english", 400, "填写的内容有误，请检查后重试。"),
        ("/staff/test/crash", 500, "系统出了点问题"),
    ],
)
async def test_back_end_errors_become_polite_chinese_pages(
    failing_client: TestClient, path: str, status: int, shown: str
) -> None:
    await log_in(failing_client, "zhao.viewer")
    response = await failing_client.get(path)
    assert response.status == status
    body = await response.text()
    assert shown in body and '<html lang="zh-CN">' in body
    assert "invalid literal" not in body and "exploded" not in body and "Traceback" not in body
    assert response.headers["X-Frame-Options"] == "DENY"


async def test_logging_in_again_ends_the_session_the_browser_had(client: TestClient) -> None:
    await log_in(client, "li.officer")
    old = session_cookie(client)
    client.session.cookie_jar.clear()
    token = await login_token(client)  # a fresh login form, then the old session cookie comes back
    client.session.cookie_jar.update_cookies({"staff_session": old})
    form = {"csrf_token": token, "username": "li.officer", "password": PASSWORDS["li.officer"]}
    response = await client.post("/staff/login", data=form, allow_redirects=False)
    assert response.status == 303
    issued = {c.value for c in client.session.cookie_jar if c.key == "staff_session"} - {old}
    assert len(issued) == 1  # a new token was set
    client.session.cookie_jar.clear()
    replay = await client.get(
        "/staff/audit", headers={"Cookie": f"staff_session={old}"}, allow_redirects=False
    )
    assert replay.status == 302  # the old token is worthless after the new login
