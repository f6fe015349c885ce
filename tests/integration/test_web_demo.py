"""The demo site pages with the embedded widget, and the widget bundle route."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.web.app import WebConfig, create_app
from bot.web.demo import browser_rasa_url, widget_tag


def _config(tmp_path: Path, rasa_url: str = "http://127.0.0.1:5005") -> WebConfig:
    bundle = tmp_path / "widget.js"
    return WebConfig(f"sqlite:///{tmp_path / 'web.db'}", rasa_url, widget_bundle=bundle)


async def _get(config: WebConfig, path: str) -> tuple[int, str, str, dict]:
    async with TestClient(TestServer(create_app(config))) as client:
        response = await client.get(path)
        return response.status, response.content_type, await response.text(), dict(response.headers)


@pytest.mark.parametrize("path", ["/", "/guide"])
async def test_demo_pages_embed_the_widget_with_one_script_tag(tmp_path: Path, path: str) -> None:
    status, content_type, page, _ = await _get(_config(tmp_path), path)
    assert (status, content_type) == (200, "text/html")
    assert '<html lang="zh-CN">' in page and "信访局" in page
    tags = re.findall(r"<script[^>]*>", page)
    assert len(tags) == 1, tags
    assert 'src="/widget.js"' in tags[0] and 'data-server="http://127.0.0.1:5005"' in tags[0]
    assert 'data-primary-color="#b3261e"' in tags[0] and 'data-position="right"' in tags[0]
    # the about page, the health check and the project name stay reachable from the footer
    assert 'href="/about"' in page and 'href="/healthz"' in page and "信访智能受理助手" in page
    assert "$" not in page


async def test_current_page_is_marked_in_the_menu(tmp_path: Path) -> None:
    _, _, page, _ = await _get(_config(tmp_path), "/guide")
    assert '<a href="/guide" aria-current="page">信访须知</a>' in page
    assert '<a href="/">首页</a>' in page


async def test_widget_bundle_is_served_as_javascript_without_caching(tmp_path: Path) -> None:
    config = _config(tmp_path)
    config.widget_bundle.write_text("/* 聊天窗口 */ console.log(1);", encoding="utf-8")
    status, content_type, body, headers = await _get(config, "/widget.js")
    assert (status, content_type) == (200, "application/javascript")
    assert "聊天窗口" in body and headers["Cache-Control"] == "no-cache"


async def test_missing_widget_bundle_says_how_to_build_it(tmp_path: Path) -> None:
    status, content_type, body, _ = await _get(_config(tmp_path), "/widget.js")
    assert (status, content_type) == (503, "application/javascript")
    assert "make install" in body


@pytest.mark.parametrize(
    ("rasa_url", "host", "expected"),
    [
        ("http://127.0.0.1:5005", "localhost:8000", "http://127.0.0.1:5005"),
        ("http://0.0.0.0:5005", "192.168.1.20:8000", "http://192.168.1.20:5005"),
        ("http://0.0.0.0:5005/", "xinfang.example.gov.cn", "http://xinfang.example.gov.cn:5005"),
        ("http://[::]:5005", "[::1]:8000", "http://[::1]:5005"),
        ("https://bot.example.gov.cn", "www.example.gov.cn", "https://bot.example.gov.cn"),
    ],
)
def test_browser_rasa_url_replaces_a_wildcard_bind_address(rasa_url: str, host: str, expected: str) -> None:
    assert browser_rasa_url(rasa_url, host) == expected


def test_widget_tag_escapes_attribute_values() -> None:
    tag = widget_tag('http://x"><script>alert(1)</script>', {"data-title": "信访<局>"})
    assert "<script>alert" not in tag and "&quot;&gt;&lt;script&gt;" in tag
    assert 'data-title="信访&lt;局&gt;"' in tag


def test_cors_allows_the_web_app_and_the_sites_in_widget_origins() -> None:
    from bot.ops.run import cors_origins
    from bot.ops.settings import Settings

    settings = Settings("sqlite://", "t", "k", 5005, 5055, 8100, "127.0.0.1", Path("."), "Asia/Shanghai")
    own = ["http://127.0.0.1:8100", "http://localhost:8100"]
    assert cors_origins(settings, "") == own
    extra = " https://xfj.example.gov.cn/ ,https://www.example.gov.cn,,"
    assert cors_origins(settings, extra) == [*own, "https://xfj.example.gov.cn", "https://www.example.gov.cn"]
