"""Browser tests: Debian's chromium (headless, through Playwright) against the real servers."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.widget import Widget
from tests.e2e.harness import ROOT, Services, running_services

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = ROOT / "results" / "screenshots"
WIDGET_BUNDLE = ROOT / "build" / "widget" / "widget.js"


def chromium_path() -> str | None:
    configured = os.environ.get("CHROMIUM_PATH")
    if configured:
        return configured if Path(configured).is_file() else None
    for candidate in ("/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if Path(candidate).is_file():
            return candidate
    return shutil.which("chromium")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser/" in item.nodeid:
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def executable() -> str:
    path = chromium_path()
    if path is None:
        pytest.skip("chromium not found (/usr/bin/chromium or CHROMIUM_PATH): run scripts/ensure_chromium.sh")
    return path


@pytest.fixture(scope="session")
def services(tmp_path_factory: pytest.TempPathFactory, executable: str) -> Iterator[Services]:
    assert WIDGET_BUNDLE.is_file(), "the widget is not built: run `make widget`"
    with running_services(tmp_path_factory.mktemp("browser")) as running:
        yield running


@pytest.fixture(scope="session")
def browser(executable: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        # launch() gives the browser a fresh temporary profile; each test gets its own context on top
        instance = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def widget(browser, services: Services) -> Iterator[Widget]:
    """A fresh browser context (empty localStorage) at desktop size on the demo home page."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page = context.new_page()
    chat = Widget(page, services.stack.web_url)
    try:
        yield chat
    finally:
        context.close()


@pytest.fixture
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
