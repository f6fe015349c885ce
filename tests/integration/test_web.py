"""The web app: demo site with the widget, about page, widget bundle, health check."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.web.app import ENGINE_KEY, LINKS, WebConfig, create_app


def _config(tmp_path: Path) -> WebConfig:
    return WebConfig(database_url=f"sqlite:///{tmp_path / 'web.db'}", rasa_url="http://127.0.0.1:5005")


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[TestClient]:
    async with TestClient(TestServer(create_app(_config(tmp_path)))) as test_client:
        yield test_client


async def test_about_page_is_chinese_and_links_only_existing_pages(client: TestClient) -> None:
    response = await client.get("/about")
    assert response.status == 200
    assert response.content_type == "text/html"
    page = await response.text()
    assert '<html lang="zh-CN">' in page
    assert "信访智能受理助手" in page
    assert 'href="/healthz"' in page and 'href="/">网页聊天演示</a>' in page
    assert 'href="/staff"' in page  # the staff console
    assert "http://127.0.0.1:5005/webhooks/rest/webhook" in page
    assert "$" not in page  # every template placeholder was filled


async def test_landing_page_lists_a_page_once_its_route_exists(tmp_path: Path) -> None:
    app = create_app(_config(tmp_path))
    app.router.add_get("/staff", lambda _request: web.Response(text="后台"))
    async with TestClient(TestServer(app)) as test_client:
        page = await (await test_client.get("/about")).text()
    staff = next(link for link in LINKS if link.path == "/staff")
    assert f'<a href="/staff">{staff.title}</a>' in page


async def test_healthz_reports_database_ok(client: TestClient) -> None:
    response = await client.get("/healthz")
    assert response.status == 200
    assert await response.json() == {"status": "ok", "database": "ok"}


async def test_healthz_is_503_when_the_database_cannot_be_opened(client: TestClient, tmp_path: Path) -> None:
    directory = tmp_path / "not-a-file"
    directory.mkdir()
    client.app[ENGINE_KEY] = sa.create_engine(f"sqlite:///{directory}", future=True)
    response = await client.get("/healthz")
    assert response.status == 503
    body = await response.json()
    assert body["status"] == "error" and body["database"] == "error"
    assert str(directory) not in await response.text()  # no internals leaked


async def test_unknown_path_is_404(client: TestClient) -> None:
    assert (await client.get("/nope")).status == 404


def test_web_config_defaults_come_from_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from bot.ops.settings import get_settings
    from bot.web.app import CONFIG_KEY

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'x.db'}")
    monkeypatch.setenv("RASA_PORT", "6005")
    get_settings.cache_clear()
    try:
        config = create_app()[CONFIG_KEY]
    finally:
        get_settings.cache_clear()
    assert config.rasa_url.endswith(":6005")
    assert config.database_url.endswith("x.db")


async def test_public_pages_send_security_headers(client: TestClient) -> None:
    for path in ("/", "/about", "/healthz", "/widget.js"):
        response = await client.get(path)
        assert response.headers.get("X-Content-Type-Options") == "nosniff", path
        assert response.headers.get("Referrer-Policy") == "strict-origin-when-cross-origin", path
        assert response.headers.get("X-Frame-Options") == "SAMEORIGIN", path
    staff = await client.get("/staff/login")
    assert staff.headers.get("X-Frame-Options") == "DENY"  # the console keeps its own, stricter set
