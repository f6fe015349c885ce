"""A whole intake through the chat widget on the servers `make run` starts, across a reload and a page change."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import expect

from tests.browser.widget import CASE_NUMBER, STORY, STORY_STORED, Widget, user_messages
from tests.e2e.harness import Stack


def test_whole_intake_survives_reload_and_page_change(
    widget: Widget, stack: Stack, screenshots: Path
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
    assert "通讯地址" in widget.say("我叫李明")
    summary = widget.say("跳过")
    assert "请核对" in summary and "138****8000" in summary, summary
    assert "广东省深圳市南山区粤海街道" in summary

    filed = widget.choose("对，提交")
    number = CASE_NUMBER.search(filed)
    assert number, filed
    chip = widget.page.locator(".case", has_text=number.group(0))
    assert chip.locator(".case-number").text_content() == number.group(0)
    assert chip.get_by_role("button", name=f"复制事项编号 {number.group(0)}").is_visible()

    # the server saw one conversation, each answer once and in order
    said = user_messages(stack, session)
    assert said == [STORY_STORED, "从今年五月开始的", "没有打官司，也没有仲裁", "打过12345，没人管",
                    "我们三十多户都受影响", "我叫李明", "跳过", "/affirm"], said  # fmt: skip
    assert stack.tracker(session)["slots"]["case_number"] == number.group(0)

    chip.scroll_into_view_if_needed()
    widget.page.screenshot(path=str(screenshots / "widget-desktop-1280.png"))
    widget.page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    chip.get_by_role("button").click()
    expect(chip.get_by_role("button")).to_have_text("已复制")
    assert widget.page.evaluate("navigator.clipboard.readText()") == number.group(0)

    widget.page.reload()  # after filing, the case number is still there to copy
    assert number.group(0) in widget.page.locator(".log").inner_text()
    assert not widget.errors and not widget.dialogs
