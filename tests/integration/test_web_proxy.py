"""Behind a reverse proxy (TRUSTED_PROXIES), the web app sees the citizen's or officer's own address."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from aiohttp import CookieJar, web
from aiohttp.test_utils import TestClient, TestServer
from yarl import URL

from bench.stack import free_port
from bot.cases import create_schema, make_engine, session_factory
from bot.ops.settings import parse_trusted_proxies
from bot.staff.audit_query import list_audit
from bot.web.app import WebConfig, create_app
from bot.web.console import views_auth

TOKEN_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
CLIENT = "203.0.113.7"  # documentation range


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ()),
        ("", ()),
        ("127.0.0.1", ("127.0.0.1",)),
        (" 127.0.0.1, 10.0.0.0/8 ,", ("127.0.0.1", "10.0.0.0/8")),
        ("::1，192.168.1.10", ("::1", "192.168.1.10")),  # a full-width comma from a Chinese keyboard
    ],
)
def test_trusted_proxies_are_read_from_a_list(value: str | None, expected: tuple[str, ...]) -> None:
    assert parse_trusted_proxies(value) == expected


@pytest.mark.parametrize("value", ["localhost", "10.0.0.0/33", "127.0.0.1;10.0.0.1"])
def test_a_trusted_proxy_that_is_not_an_address_is_refused_by_name(value: str) -> None:
    with pytest.raises(ValueError, match="TRUSTED_PROXIES"):
        parse_trusted_proxies(value)


def _app(tmp_path: Path, trusted: tuple[str, ...]) -> web.Application:
    config = WebConfig(
        database_url=f"sqlite:///{tmp_path / 'web.db'}",
        rasa_url="http://127.0.0.1:5005",
        trusted_proxies=trusted,
    )
    app = create_app(config)
    app.router.add_get("/whoami", lambda request: web.Response(text=request.remote or ""))
    return app


async def _whoami(app: web.Application, headers: dict[str, str]) -> tuple[int, str]:
    async with TestClient(TestServer(app, host="127.0.0.1")) as client:
        response = await client.get("/whoami", headers=headers)
        return response.status, await response.text()


async def test_without_a_proxy_the_peer_is_the_client_and_the_header_is_ignored(tmp_path: Path) -> None:
    assert await _whoami(_app(tmp_path, ()), {"X-Forwarded-For": CLIENT}) == (200, "127.0.0.1")


async def test_through_the_trusted_proxy_the_forwarded_client_is_seen(tmp_path: Path) -> None:
    app = _app(tmp_path, ("127.0.0.1",))
    assert await _whoami(app, {"X-Forwarded-For": CLIENT}) == (200, CLIENT)
    # the proxy must set the header to the peer it saw ($remote_addr), not append to what a client sent:
    # a chain longer than the proxies configured is refused rather than trusted
    status, _ = await _whoami(_app(tmp_path, ("127.0.0.1",)), {"X-Forwarded-For": f"198.51.100.1, {CLIENT}"})
    assert status == 400


async def test_a_request_around_the_proxy_is_refused_but_the_health_check_answers(tmp_path: Path) -> None:
    app = _app(tmp_path, ("10.0.0.0/8",))  # the test client connects from 127.0.0.1, not the proxy
    async with TestClient(TestServer(app, host="127.0.0.1")) as client:
        assert (await client.get("/about")).status == 400
        assert (await client.get("/healthz")).status == 200


async def test_a_failed_staff_login_is_audited_with_the_officers_own_address(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def no_pause(_seconds: float) -> None:
        return None

    monkeypatch.setattr(views_auth, "login_pause", no_pause)
    create_schema(make_engine(f"sqlite:///{tmp_path / 'web.db'}"))
    port = free_port()
    jar = CookieJar(unsafe=True, treat_as_secure_origin=[URL(f"http://127.0.0.1:{port}")])  # Secure cookies
    server = TestServer(_app(tmp_path, ("127.0.0.1",)), host="127.0.0.1", port=port)
    async with TestClient(server, cookie_jar=jar) as client:
        headers = {"X-Forwarded-For": CLIENT}
        page = await (await client.get("/staff/login", headers=headers)).text()
        form = {
            "csrf_token": TOKEN_RE.search(page).group(1),
            "username": "nobody",
            "password": "wrong-password-1",
        }
        response = await client.post("/staff/login", data=form, headers=headers, allow_redirects=False)
        assert response.status in (200, 400, 401)
    entries = list_audit(
        session_factory(make_engine(f"sqlite:///{tmp_path / 'web.db'}")), action="login.failure"
    )
    assert [entry.ip for entry in entries.items] == [CLIENT]
