"""Browser tests: Debian's chromium (headless, through Playwright) against the real servers."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.widget import WIDGET_BUNDLE, Widget, desktop_widget
from tests.e2e.harness import ROOT, Stack, running_stack

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


def chromium_path() -> str | None:
    configured = os.environ.get("CHROMIUM_PATH")
    if configured:
        return configured if Path(configured).is_file() else None
    for candidate in ("/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if Path(candidate).is_file():
            return candidate
    return shutil.which("chromium")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    browser_items = [item for item in items if "tests/browser/" in item.nodeid]
    for item in browser_items:
        item.add_marker(pytest.mark.e2e)
    # Tests with their own restartable servers run first, so two stacks never run at the same time.
    first = [item for item in browser_items if "services" in getattr(item, "fixturenames", ())]
    if first:
        items[:] = first + [item for item in items if item not in first]


@pytest.fixture(scope="session")
def executable() -> str:
    path = chromium_path()
    if path is None:
        pytest.skip("chromium not found (/usr/bin/chromium or CHROMIUM_PATH): run scripts/ensure_chromium.sh")
    return path


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory, executable: str) -> Iterator[Stack]:
    """The servers exactly as `make run` starts them (`python -m bot run`)."""
    assert WIDGET_BUNDLE.is_file(), "the widget is not built: run `make widget`"
    with running_stack(tmp_path_factory.mktemp("browser")) as running:
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
def widget(browser: Any, stack: Stack) -> Iterator[Widget]:
    with desktop_widget(browser, stack) as chat:
        yield chat


@pytest.fixture
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
