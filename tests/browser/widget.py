"""Drives the chat widget on a demo page like a citizen would (Playwright, sync API)."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from tests.e2e.harness import ROOT, Stack, request_json

REPLY_TIMEOUT_MS = 90_000
POLL_S = 0.1
GREETINGS = 1  # the widget's own greeting is a bot message Rasa never sent
WIDGET_BUNDLE = ROOT / "build" / "widget" / "widget.js"
STORY = "小区楼下老王烧烤店噪音扰民，每天吵到半夜，在深圳市南山区粤海街道，我电话13800138000"
STORY_STORED = STORY.replace("13800138000", "138****8000")  # the conversation is stored with phones masked
CASE_NUMBER = re.compile(r"XF\d{8}-\d{4}")


def user_messages(stack: Stack, session_id: str) -> list[str]:
    """What the Rasa server recorded the citizen saying in this conversation, in order."""
    events = stack.tracker(session_id)["events"]
    return [e["text"] for e in events if e["event"] == "user"]


@contextmanager
def desktop_widget(browser: Any, stack: Stack) -> Iterator[Widget]:
    """A fresh browser context (empty localStorage) at desktop size."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    try:
        yield Widget(context.new_page(), stack)
    finally:
        context.close()


class Widget:
    """The widget on one page of the stack's web app; `stack` also tells when Rasa has finished a turn."""

    def __init__(self, page: Any, stack: Stack) -> None:
        self.page = page
        self.stack = stack
        self.base_url = stack.web_url
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", self._on_dialog)
        page.on("pageerror", lambda error: self.errors.append(str(error)))

    def _on_dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    # --- navigation -------------------------------------------------------------------------------

    def goto(self, path: str = "/") -> None:
        self.page.goto(self.base_url + path)
        self.page.locator("[data-xf-widget] .xf").wait_for(state="attached")

    def open(self) -> None:
        launcher = self.page.locator(".launcher")
        if launcher.is_visible():
            launcher.click()
        self.page.locator(".panel").wait_for(state="visible")

    def agree(self) -> None:
        self.page.get_by_role("button", name="我已阅读，同意并开始").click()
        self.page.locator("#xf-input").wait_for(state="visible")

    def start(self, path: str = "/") -> None:
        self.goto(path)
        self.open()
        self.agree()
        self.wait_online()

    def wait_online(self, timeout_ms: float = 30_000) -> None:
        self.page.locator('.xf[data-state="online"]').wait_for(state="attached", timeout=timeout_ms)

    # --- reading ----------------------------------------------------------------------------------

    def bot_texts(self) -> list[str]:
        return self.page.locator(".msg.bot .bubble").all_text_contents()

    def user_texts(self) -> list[str]:
        return self.page.locator(".msg.user .bubble").all_text_contents()

    def last_bot_text(self) -> str:
        return "\n".join(self.bot_texts()[-3:])

    def session_id(self) -> str:
        return self.page.evaluate("JSON.parse(localStorage.getItem('xf-widget:session'))")

    def wait_for_bot(self, count: int, timeout_ms: float = REPLY_TIMEOUT_MS) -> list[str]:
        """Waits for more than `count` bot messages, then until Rasa has finished the turn and the widget
        shows every message it sent; returns the new ones."""
        self.page.wait_for_function(
            "n => document.querySelector('[data-xf-widget]').shadowRoot"
            ".querySelectorAll('.msg.bot').length > n",
            arg=count,
            timeout=timeout_ms,
        )
        deadline = time.monotonic() + timeout_ms / 1000
        while not self.turn_shown():
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"Rasa's turn was not finished and shown in time: {self.bot_texts()[count:]}"
                )
            time.sleep(POLL_S)
        return self.bot_texts()[count:]

    def turn_shown(self) -> bool:
        """Rasa listens again with every typed message handled, and each of its messages is on the page
        (after the widget's own greeting)."""
        try:
            url = f"{self.stack.rasa_url}/conversations/{self.session_id()}/tracker"
            events = request_json(f"{url}?token={self.stack.token}&include_events=ALL")[1]["events"]
        except (OSError, TypeError):  # Rasa is starting again (no answer, or no JSON): not finished
            return False
        steps = [e for e in events if e["event"] in ("user", "bot", "action")]
        if not steps or steps[-1]["event"] != "action" or steps[-1].get("name") != "action_listen":
            return False
        handled = sum(e["event"] == "user" for e in events)
        sent = sum(e["event"] == "bot" for e in events)
        shown = self.page.locator(".msg.bot").count() - GREETINGS
        return handled >= len(self.user_texts()) and shown >= sent

    # --- writing ----------------------------------------------------------------------------------

    def type(self, text: str) -> None:
        box = self.page.locator("#xf-input")
        box.fill(text)
        box.press("Enter")

    def say(self, text: str) -> str:
        """Types a message, presses Enter and returns the bot's answer (all its messages)."""
        before = self.page.locator(".msg.bot").count()
        self.type(text)
        return "\n".join(self.wait_for_bot(before))

    def choose(self, title: str) -> str:
        """Clicks a quick-reply button and returns the bot's answer."""
        before = self.page.locator(".msg.bot").count()
        self.page.locator(".replies").get_by_role("button", name=title, exact=True).click()
        return "\n".join(self.wait_for_bot(before))
