"""A Rasa restart in the middle of an intake, with messages typed while the bot is down."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.widget import (
    CASE_NUMBER,
    STORY,
    STORY_STORED,
    WIDGET_BUNDLE,
    Widget,
    desktop_widget,
    user_messages,
)
from tests.e2e.harness import Services, running_services


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory, executable: str) -> Iterator[Services]:
    """The same servers, driven from here: `make run`'s orchestrator stops all when one exits."""
    assert WIDGET_BUNDLE.is_file(), "the widget is not built: run `make widget`"
    with running_services(tmp_path_factory.mktemp("browser-restart")) as running:
        yield running


@pytest.fixture
def restart_widget(browser: Any, services: Services) -> Iterator[Widget]:
    with desktop_widget(browser, services.stack) as chat:
        yield chat


def test_rasa_restart_mid_way_with_messages_queued_while_offline(
    restart_widget: Widget, services: Services
) -> None:
    widget = restart_widget
    widget.start("/")
    session = widget.session_id()
    assert "什么时候" in widget.say(STORY)

    services.stop_service("Rasa server")
    status = widget.page.locator(".status")
    status.wait_for(state="visible", timeout=30_000)
    widget.page.wait_for_function(
        "() => document.querySelector('[data-xf-widget]').shadowRoot.querySelector('.status')"
        ".textContent.includes('网络已断开')",
        timeout=30_000,
    )
    bots_before = widget.page.locator(".msg.bot").count()
    widget.type("从今年五月开始的")  # typed while the bot is down: queued, shown as waiting
    widget.type("没有打官司")
    assert widget.page.locator(".msg.user .pending").count() == 2
    assert len(widget.page.evaluate("JSON.parse(localStorage.getItem('xf-widget:queue'))")) == 2

    started = time.monotonic()
    ready_after = services.start_service("Rasa server")
    widget.wait_online(timeout_ms=60_000)
    answers = "\n".join(widget.wait_for_bot(bots_before + 1))  # answers to both queued messages
    print(f"Rasa ready again after {ready_after:.1f} s, widget online {time.monotonic() - started:.1f} s")
    assert "反映过" in answers, answers
    assert widget.page.locator(".msg.user .pending").count() == 0
    assert status.is_hidden()

    assert user_messages(services.stack, session) == [
        STORY_STORED,
        "从今年五月开始的",
        "没有打官司",
    ]  # once, in order
    assert "多少人" in widget.say("打过12345，没人管")
    assert "称呼" in widget.say("我们三十多户都受影响")
    assert "通讯地址" in widget.say("我叫李明")
    assert "请核对" in widget.say("跳过")
    filed = widget.say("对")
    assert CASE_NUMBER.search(filed), filed
