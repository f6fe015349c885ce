"""Staff console admin pages: accounts (administrators only) and the audit log (administrators, officers)."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import AsyncIterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from aiohttp import CookieJar
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy.orm import sessionmaker
from yarl import URL

from bench.stack import free_port
from bot.cases import create_schema, make_engine, session_factory
from bot.staff import audit
from bot.staff.accounts import create_account, get_account, list_accounts
from bot.staff.audit_query import list_audit
from bot.web.app import WebConfig, create_app
from bot.web.console import views_auth
from bot.web.console.views_admin import Change, diff

PASSWORDS = {
    "wang.admin": "Xinfang#2026-guanli",
    "li.officer": "Shouli@2026-banli",
    "zhao.viewer": "Zhidu!2026-chakan",
}
ROLES = {"wang.admin": "admin", "li.officer": "officer", "zhao.viewer": "viewer"}
TOKEN_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
NEW_PASSWORD = "Qingnian-2026-jiedai"


@pytest.fixture(scope="module")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("staff-admin-template") / "staff.db"
    engine = make_engine(f"sqlite:///{path}")
    create_schema(engine)
    factory = session_factory(engine)
    for username, password in PASSWORDS.items():
        create_account(factory, username, password, ROLES[username], display_name=f"{username}的名字")
    engine.dispose()
    return path


@pytest.fixture
def sessions(tmp_path: Path, template_db: Path) -> sessionmaker:
    shutil.copyfile(template_db, tmp_path / "staff.db")
    return session_factory(make_engine(f"sqlite:///{tmp_path / 'staff.db'}"))


@pytest.fixture(autouse=True)
def no_pause(monkeypatch: pytest.MonkeyPatch) -> None:
    async def skip(_seconds: float) -> None:
        return None

    monkeypatch.setattr(views_auth, "login_pause", skip)


async def _client(tmp_path: Path) -> TestClient:
    config = WebConfig(database_url=f"sqlite:///{tmp_path / 'staff.db'}", rasa_url="http://127.0.0.1:5005")
    port = free_port()
    jar = CookieJar(unsafe=True, treat_as_secure_origin=[URL(f"http://127.0.0.1:{port}")])
    test_client = TestClient(TestServer(create_app(config), host="127.0.0.1", port=port), cookie_jar=jar)
    await test_client.start_server()
    return test_client


@pytest.fixture
async def client(tmp_path: Path, sessions: sessionmaker) -> AsyncIterator[TestClient]:
    test_client = await _client(tmp_path)
    yield test_client
    await test_client.close()


@pytest.fixture
async def second_client(tmp_path: Path, sessions: sessionmaker) -> AsyncIterator[TestClient]:
    """Another browser on the same database."""
    test_client = await _client(tmp_path)
    yield test_client
    await test_client.close()


async def log_in(client: TestClient, username: str, password: str | None = None) -> int:
    page = await client.get("/staff/login")
    token = TOKEN_RE.search(await page.text()).group(1)
    form = {"csrf_token": token, "username": username, "password": password or PASSWORDS[username]}
    response = await client.post("/staff/login", data=form, allow_redirects=False)
    return response.status


async def post(client: TestClient, path: str, form: dict[str, str]):
    page = await client.get("/staff/audit")
    token = TOKEN_RE.search(await page.text()).group(1)
    return await client.post(path, data={"csrf_token": token, **form}, allow_redirects=False)


# -- who may see what ---------------------------------------------------------------------------


@pytest.mark.parametrize("username", ["li.officer", "zhao.viewer"])
async def test_only_admins_reach_the_accounts_page(client: TestClient, username: str) -> None:
    assert await log_in(client, username) == 303
    response = await client.get("/staff/accounts")
    assert response.status == 403
    body = await response.text()
    assert "只有管理员可以管理账号" in body and '<html lang="zh-CN">' in body
    nav = await (await client.get("/staff/audit")).text() if username != "zhao.viewer" else body
    assert 'href="/staff/accounts"' not in nav


async def test_a_viewer_cannot_create_an_account_even_with_a_valid_token(
    client: TestClient, sessions: sessionmaker
) -> None:
    await log_in(client, "zhao.viewer")
    page = await client.get("/staff/login", allow_redirects=False)  # any page: take the token from the nav
    assert page.status == 302
    response = await client.get("/staff/nowhere")
    token = TOKEN_RE.search(await response.text()).group(1)
    form = {"csrf_token": token, "username": "sneaky", "password": NEW_PASSWORD, "password2": NEW_PASSWORD,
            "role": "admin"}  # fmt: skip
    response = await client.post("/staff/accounts", data=form, allow_redirects=False)
    assert response.status == 403
    assert get_account(sessions, "sneaky") is None


async def test_a_viewer_cannot_read_the_audit_log(client: TestClient) -> None:
    await log_in(client, "zhao.viewer")
    response = await client.get("/staff/audit")
    assert response.status == 403
    assert "审计日志只对管理员和受理办理人员开放" in await response.text()


async def test_an_officer_reads_the_audit_log_with_login_events(client: TestClient) -> None:
    await log_in(client, "li.officer", "Shouli@2026-banIi")  # one failure first
    await log_in(client, "li.officer")
    response = await client.get("/staff/audit")
    assert response.status == 200
    body = await response.text()
    assert "登录成功" in body and "登录失败" in body
    assert "li.officer" in body and "127.0.0.1" in body
    assert 'href="/staff/accounts"' not in body  # not an admin


# -- accounts -----------------------------------------------------------------------------------


async def test_the_admin_sees_every_account(client: TestClient) -> None:
    await log_in(client, "wang.admin")
    body = await (await client.get("/staff/accounts")).text()
    for username in PASSWORDS:
        assert username in body
    assert "受理办理人员" in body and "只读" in body and "管理员" in body
    assert 'action="/staff/accounts/li.officer/password"' in body
    assert 'action="/staff/accounts/li.officer/active"' in body
    assert 'action="/staff/accounts/wang.admin/active"' not in body  # no button to lock yourself out


async def test_the_admin_creates_an_account_that_can_log_in(
    client: TestClient, second_client: TestClient, sessions: sessionmaker
) -> None:
    await log_in(client, "wang.admin")
    form = {"username": "Chen.Jiedai", "display_name": "陈接待", "role": "officer", "password": NEW_PASSWORD,
            "password2": NEW_PASSWORD}  # fmt: skip
    response = await post(client, "/staff/accounts", form)
    assert response.status == 303 and response.headers["Location"] == "/staff/accounts"
    page = await (await client.get("/staff/accounts")).text()
    assert "已新建账号 Chen.Jiedai" in page and "陈接待" in page
    account = get_account(sessions, "chen.jiedai")
    assert account is not None and account.role == "officer"
    created = list_audit(sessions, action="account.create", target_id="chen.jiedai")
    assert created.total == 1 and created.items[0].actor == "wang.admin"
    assert await log_in(second_client, "chen.jiedai", NEW_PASSWORD) == 303


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"password2": "Qingnian-2026-jiedai!"}, "两次输入的密码不一致"),
        ({"password": "123456", "password2": "123456"}, ""),
        ({"username": "li.officer"}, "已经存在"),
        ({"role": "superuser"}, "角色必须是"),
    ],
)
async def test_a_refused_new_account_is_explained_and_the_form_kept(
    client: TestClient, sessions: sessionmaker, form: dict[str, str], message: str
) -> None:
    await log_in(client, "wang.admin")
    data = {"username": "sun.xinren", "display_name": "孙新人 <b>", "role": "viewer", "password": NEW_PASSWORD,
            "password2": NEW_PASSWORD, **form}  # fmt: skip
    response = await post(client, "/staff/accounts", data)
    assert response.status == 400
    body = await response.text()
    assert 'class="flash flash-error"' in body
    assert message in body
    assert 'value="孙新人 &lt;b&gt;"' in body  # kept, escaped
    assert NEW_PASSWORD not in body and "123456" not in body
    assert len(list_accounts(sessions)) == 3


async def test_disabling_an_account_ends_its_sessions(
    client: TestClient, second_client: TestClient, sessions: sessionmaker
) -> None:
    await log_in(second_client, "li.officer")
    assert (await second_client.get("/staff/audit", allow_redirects=False)).status == 200
    await log_in(client, "wang.admin")
    response = await post(client, "/staff/accounts/li.officer/active", {"active": "0"})
    assert response.status == 303
    assert not get_account(sessions, "li.officer").active
    assert (await second_client.get("/staff/audit", allow_redirects=False)).status == 302
    assert await log_in(second_client, "li.officer") == 401
    response = await post(client, "/staff/accounts/li.officer/active", {"active": "1"})
    assert response.status == 303 and get_account(sessions, "li.officer").active
    assert await log_in(second_client, "li.officer") == 303


async def test_an_admin_cannot_disable_themself(client: TestClient, sessions: sessionmaker) -> None:
    await log_in(client, "wang.admin")
    response = await post(client, "/staff/accounts/wang.admin/active", {"active": "0"})
    assert response.status == 400
    assert "不能停用自己的账号" in await response.text()
    assert get_account(sessions, "wang.admin").active


async def test_unlocking_a_locked_account(
    client: TestClient, second_client: TestClient, sessions: sessionmaker
) -> None:
    for _ in range(5):
        await log_in(second_client, "zhao.viewer", "wrong-password-1")
    assert await log_in(second_client, "zhao.viewer") == 401
    await log_in(client, "wang.admin")
    page = await (await client.get("/staff/accounts")).text()
    assert "锁定至" in page and 'action="/staff/accounts/zhao.viewer/unlock"' in page
    response = await post(client, "/staff/accounts/zhao.viewer/unlock", {})
    assert response.status == 303
    assert await log_in(second_client, "zhao.viewer") == 303
    assert list_audit(sessions, action="account.unlock", target_id="zhao.viewer").total == 1


async def test_resetting_a_password(client: TestClient, second_client: TestClient) -> None:
    await log_in(client, "wang.admin")
    mismatch = await post(
        client, "/staff/accounts/li.officer/password", {"password": NEW_PASSWORD, "password2": "x"}
    )
    assert mismatch.status == 400
    response = await post(
        client, "/staff/accounts/li.officer/password", {"password": NEW_PASSWORD, "password2": NEW_PASSWORD}
    )
    assert response.status == 303
    assert await log_in(second_client, "li.officer") == 401
    assert await log_in(second_client, "li.officer", NEW_PASSWORD) == 303


async def test_changing_a_role(client: TestClient, sessions: sessionmaker) -> None:
    await log_in(client, "wang.admin")
    response = await post(client, "/staff/accounts/zhao.viewer/role", {"role": "officer"})
    assert response.status == 303
    assert get_account(sessions, "zhao.viewer").role == "officer"
    page = await (await client.get("/staff/accounts")).text()
    assert "已把 zhao.viewer 的角色改为受理办理人员" in page
    entry = list_audit(sessions, action="account.update", target_id="zhao.viewer").items[0]
    assert entry.before == {"role": "viewer"} and entry.after == {"role": "officer"}


async def test_an_unknown_account_gets_a_polite_message(client: TestClient) -> None:
    await log_in(client, "wang.admin")
    response = await post(client, "/staff/accounts/no.such.person/unlock", {})
    assert response.status == 400
    assert "没有这个账号" in await response.text()


# -- audit log --------------------------------------------------------------------------------------


async def test_audit_filters_by_action_family_and_actor(client: TestClient) -> None:
    await log_in(client, "li.officer", "bad-password-0")
    await log_in(client, "wang.admin")
    failures = await (await client.get("/staff/audit", params={"action": "login.failure"})).text()
    assert "登录失败" in failures and "登录成功" not in failures.split("<tbody>")[1]
    mine = await (await client.get("/staff/audit", params={"actor": "wang.admin"})).text()
    rows = mine.split("<tbody>")[1]
    assert "wang.admin" in rows and "li.officer" not in rows
    assert '<option value="login.success">' in failures
    assert '<option value="login.failure" selected>' in failures


async def test_audit_pages_through_many_rows(client: TestClient, sessions: sessionmaker) -> None:
    with sessions.begin() as session:
        for number in range(1, 61):
            audit.record(session, actor="li.officer", action="case.view", target_type="case",
                         target_id=f"XF20261127-{number:04d}")  # fmt: skip
    await log_in(client, "wang.admin")
    first = await (await client.get("/staff/audit", params={"action": "case.view"})).text()
    assert "共 60 条" in first and "第 1 / 2 页" in first
    rows = first.split("<tbody>")[1]
    assert "XF20261127-0060" in rows and "XF20261127-0011" in rows and "XF20261127-0010" not in rows
    assert 'href="/staff/audit?action=case.view&amp;page=2"' in first
    second = await (await client.get("/staff/audit", params={"action": "case.view", "page": "2"})).text()
    assert "XF20261127-0001" in second.split("<tbody>")[1] and "第 2 / 2 页" in second
    nonsense = await client.get("/staff/audit", params={"page": "第二页"})
    assert nonsense.status == 200


async def test_audit_shows_before_and_after_escaped(client: TestClient, sessions: sessionmaker) -> None:
    with sessions.begin() as session:
        audit.record(session, actor="li.officer", action="case.edit", target_type="case",
                     target_id="XF20261127-0007", before={"category": "城乡建设", "location": "广州"},
                     after={"category": "<img src=x onerror=alert(1)>", "location": "广州"},
                     reason="市民说的是<b>劳动</b>问题")  # fmt: skip
    await log_in(client, "wang.admin")
    body = await (await client.get("/staff/audit", params={"target_id": "XF20261127-0007"})).text()
    assert "<img src=x" not in body and "<b>劳动</b>" not in body
    assert "&lt;img src=x onerror=alert(1)&gt;" in body
    assert "<del>城乡建设</del>" in body
    assert "更正事项" in body
    assert 'key">location:' not in body  # unchanged keys are left out


def test_diff_lists_changed_added_and_removed_keys() -> None:
    changes = diff(
        {"status": "待受理", "due_on": "2026-12-12", "same": 1}, {"status": "已受理", "same": 1, "n": [1]}
    )
    assert changes == [
        Change("status", "待受理", "已受理"),
        Change("due_on", "2026-12-12", None),
        Change("n", None, "[1]"),
    ]
    assert diff(None, {"active": False}) == [Change("active", None, "false")]
    assert diff({"locked_until": None}, {}) == [Change("locked_until", "（空）", None)]


def test_diff_shows_stored_utc_times_in_local_time() -> None:
    after = json.loads(
        audit.to_json({"last_login_at": datetime(2026, 11, 27, 14, 5, 9, 123, tzinfo=timezone.utc)})
    )
    assert diff(None, after) == [Change("last_login_at", None, "2026-11-27 22:05:09")]
    assert diff(None, {"note": "2026-11-27 14:05:09+08:00"})[0].after == "2026-11-27 14:05:09+08:00"


async def test_the_audit_page_shows_a_progress_sweep_with_the_phone_masked(
    client: TestClient, sessions: sessionmaker
) -> None:
    from bot.cases import CaseRepository

    repo = CaseRepository(sessions, id_encryption_key="k")
    for i in range(12):
        repo.lookup_progress(f"XF20261127-{i + 1:04d}", "13812345678", f"sweeper-{i}", client=f"10.1.{i}")
    await log_in(client, "li.officer")
    body = await (await client.get("/staff/audit")).text()
    assert 'id="sweep-alarms"' in body and "138****5678" in body and "12 次" in body
    assert "13812345678" not in body


async def test_an_officer_strikes_off_a_filing_flood_from_the_audit_page(
    client: TestClient, sessions: sessionmaker
) -> None:
    from bot.cases import CaseInput, CaseRepository

    repo = CaseRepository(sessions, id_encryption_key="k")
    for i in range(6):
        data = CaseInput(filing_key=f"f{i}", issue_text="批量内容", client="203.0.113.9", phone="13812345678")
        repo.file_case(data, limited=False)
    await log_in(client, "li.officer")
    page = await (await client.get("/staff/audit")).text()
    assert 'id="filing-floods"' in page and "203.0.113.9" in page and "138****5678" in page
    numbers = re.search(r'name="case_numbers" value="([^"]+)"', page).group(1)
    form = {
        "csrf_token": TOKEN_RE.search(page).group(1),
        "case_numbers": numbers,
        "reason": "测试或无意义内容",
    }
    response = await client.post("/staff/floods/void", data=form, allow_redirects=False)
    assert response.status == 303
    assert {repo.get_by_number(n).status for n in numbers.split(",")} == {"登记作废"}
    without_token = await client.post(
        "/staff/floods/void", data={**form, "csrf_token": "x"}, allow_redirects=False
    )
    assert without_token.status in (400, 403)
