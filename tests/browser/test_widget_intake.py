"""A whole intake through the chat widget, across a reload, a page change and a Rasa restart."""

from __future__ import annotations

import re
import time
from pathlib import Path

from playwright.sync_api import expect

from tests.browser.widget import Widget
from tests.e2e.harness import Services

STORY = "小区楼下烧烤店每天吵到半夜，在深圳市南山区粤海街道，我电话13800138000"
CASE_NUMBER = re.compile(r"XF\d{8}-\d{4}")


def user_messages(services: Services, session_id: str) -> list[str]:
    events = services.stack.tracker(session_id)["events"]
    return [e["text"] for e in events if e["event"] == "user"]


def test_whole_intake_survives_reload_and_page_change(
    widget: Widget, services: Services, screenshots: Path
) -> None:
    widget.start("/")
    session = widget.session_id()
    assert re.fullmatch(r"[0-9a-f]{32}", session), session

    assert "什么时候" in widget.say(STORY)
    assert "打官司" in widget.say("从今年五月开始的")
    assert "没有" in widget.page.locator(".replies").inner_text()  # the legal-status buttons

    widget.page.reload()  # mid-way: the conversation is still on screen and goes on
    widget.wait_online()
    assert widget.session_id() == session
    assert widget.user_texts() == [STORY, "从今年五月开始的"]
    assert "打官司" in widget.bot_texts()[-1]
    assert "反映过" in widget.choose("没有")  # a quick reply sends its payload, shows its title
    assert widget.user_texts()[-1] == "没有"

    widget.page.get_by_role("link", name="信访须知", exact=True).first.click()  # another page of the site
    widget.page.wait_for_url("**/guide")
    widget.wait_online()
    assert widget.page.locator(".panel").is_visible()  # still open, same conversation
    assert widget.session_id() == session and len(widget.user_texts()) == 3
    assert "多少人" in widget.say("打过12345，没人管")
    assert "称呼" in widget.say("我们三十多户都受影响")
    summary = widget.say("我叫李明")
    assert "请核对" in summary and "138****8000" in summary, summary
    assert "广东省深圳市南山区粤海街道" in summary

    filed = widget.choose("对，提交")
    number = CASE_NUMBER.search(filed)
    assert number, filed
    chip = widget.page.locator(".case", has_text=number.group(0))
    assert chip.locator(".case-number").text_content() == number.group(0)
    assert chip.get_by_role("button", name=f"复制事项编号 {number.group(0)}").is_visible()

    # the server saw one conversation, each answer once and in order
    said = user_messages(services, session)
    assert said == [STORY, "从今年五月开始的", "没有打官司，也没有仲裁", "打过12345，没人管",
                    "我们三十多户都受影响", "我叫李明", "/affirm"], said  # fmt: skip
    assert services.stack.tracker(session)["slots"]["case_number"] == number.group(0)

    chip.scroll_into_view_if_needed()
    widget.page.screenshot(path=str(screenshots / "widget-desktop-1280.png"))
    widget.page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    chip.get_by_role("button").click()
    expect(chip.get_by_role("button")).to_have_text("已复制")
    assert widget.page.evaluate("navigator.clipboard.readText()") == number.group(0)

    widget.page.reload()  # after filing, the case number is still there to copy
    assert number.group(0) in widget.page.locator(".log").inner_text()
    assert not widget.errors and not widget.dialogs


def test_rasa_restart_mid_way_with_messages_queued_while_offline(widget: Widget, services: Services) -> None:
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

    assert user_messages(services, session) == [STORY, "从今年五月开始的", "没有打官司"]  # once, in order
    assert "多少人" in widget.say("打过12345，没人管")
    assert "称呼" in widget.say("我们三十多户都受影响")
    assert "请核对" in widget.say("我叫李明")
    filed = widget.say("对")
    assert CASE_NUMBER.search(filed), filed
