"""The staff console in chromium against the servers `make run` starts: a citizen files a case through the
bot (REST), a staff member logs in, finds it, reads the transcript, reveals the phone (audited), corrects it
and moves it on, exports CSV; a script typed by a citizen stays text."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.e2e.harness import ROOT, Stack

PASSWORD = "Xf-受理-2026-春"
STORY = (
    "我在广州市天河区石牌街道的一家装修公司上班，公司叫鸿运装饰，去年三月开始公司就拖欠我们工资，"
    "一共欠了三个多月，老板一直拖着不给。我们有十几个工人都是这样。我电话１３８００１３８０００。"
)
SCRIPT = "<script>alert(1)</script><img src=x onerror=alert(2)>物业乱收费"
TIMEOUT_MS = 15_000


def said(replies: list[dict]) -> str:
    return "\n".join(r.get("text") or "" for r in replies)


@pytest.fixture(scope="module")
def filed(stack: Stack) -> dict[str, str]:
    """One case filed through the real bot, and one conversation whose citizen typed a script."""
    sender = f"staff-{uuid.uuid4().hex[:8]}"
    stack.chat(sender, "你好")
    for message in (
        STORY,
        "没有打官司，也没有仲裁",
        "打过12345，让我们找劳动监察，也没下文",
        "我叫王建国",
        "跳过",
    ):
        stack.chat(sender, message)
    reply = said(stack.chat(sender, "对，提交"))
    assert "事项编号：XF" in reply, reply
    number = reply.split("事项编号：")[1].split()[0]
    scripted = f"staff-xss-{uuid.uuid4().hex[:8]}"
    stack.chat(scripted, SCRIPT)
    return {"number": number, "sender": sender, "scripted": scripted}


@pytest.fixture(scope="module")
def officer(stack: Stack) -> str:
    """An account made the way an administrator would: `python -m bot staff add`, password on stdin."""
    env = {**os.environ, "DATABASE_URL": stack.database_url}
    argv = [
        sys.executable,
        "-m",
        "bot",
        "staff",
        "add",
        "wangfang",
        "--role",
        "officer",
        "--display-name",
        "王芳",
    ]
    done = subprocess.run(argv, input=PASSWORD + "\n", env=env, cwd=ROOT, text=True, capture_output=True)
    assert done.returncode == 0, done.stdout + done.stderr
    return "wangfang"


@pytest.fixture(scope="module")
def console(browser: Any, stack: Stack) -> Iterator[Any]:
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="zh-CN", accept_downloads=True
    )
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.dialogs = []  # any alert() would land here
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


def test_staff_finds_reads_corrects_and_moves_a_case(
    console: Any, stack: Stack, filed: dict, officer: str, screenshots: Path
) -> None:
    page, number = console, filed["number"]
    page.goto(f"{stack.web_url}/staff/cases")
    expect(page).to_have_url(re.compile(r"/staff/login\?next="))
    page.fill("#f-username", officer)
    page.fill("#f-password", PASSWORD)
    page.get_by_role("button", name="登录").click()
    expect(page).to_have_url(re.compile(r"/staff/cases$"))

    # filter and find the case the citizen just filed
    page.select_option("select[name=category]", "劳动和社会保障")
    page.select_option("select[name=status]", "待受理")
    page.fill("input[name=q]", "拖欠工资")
    page.get_by_role("button", name="筛选").click()
    expect(page).to_have_url(re.compile(r"/staff/cases\?.*q="))
    link = page.get_by_role("link", name=number, exact=True)
    expect(link).to_be_visible()
    page.screenshot(path=str(screenshots / "staff-cases.png"), full_page=True)
    link.click()
    expect(page).to_have_url(re.compile(rf"/staff/cases/{number}$"))

    # every field, phone masked, the transcript as a chat
    fields = page.locator(".case-fields")
    expect(fields).to_contain_text("王建国")
    expect(fields).to_contain_text("广东省广州市天河区石牌街道")
    expect(page.locator("#phone-masked")).to_have_text("138****8000")
    user_lines = page.locator(".chat-user .chat-text")
    expect(user_lines.filter(has_text="没有打官司，也没有仲裁")).to_have_count(1)
    expect(page.locator(".chat-bot").first).to_be_visible()
    expect(page.locator(".chat-user .chat-intent").first).to_contain_text("置信度")
    assert "13800138000" not in page.locator(".transcript").inner_text()

    # reveal the phone: shown once, written to the audit log
    page.locator("form:has(input[name=field][value=phone]) button").click()
    expect(page.locator("#phone-clear")).to_have_text("13800138000")
    page.goto(f"{stack.web_url}/staff/audit?action=case.reveal_phone")
    expect(page.locator("table.audit tbody tr").filter(has_text=number)).to_have_count(1)

    # correct the category with a reason
    page.goto(f"{stack.web_url}/staff/cases/{number}")
    page.select_option("#edit-category", "城乡建设")
    page.fill("#edit-reason", "装修工地欠薪，按建筑领域归口")
    page.locator("#edit-form button[type=submit]").click()
    expect(page.locator(".flash")).to_contain_text("已更正：类别")
    expect(page.locator(".case-fields")).to_contain_text("城乡建设")

    # 待受理 → 已受理 → 办理中: wage arrears are led into the labour procedure (第31条), no 60-day 意见书
    page.select_option("#to-status", "已受理")
    page.fill("#status-reason", "材料齐全，依法受理")
    page.locator("#status-form button[type=submit]").click()
    expect(page.locator(".flash")).to_contain_text("已受理")
    expect(page.locator(".due-box")).to_contain_text("按导入的法定程序办理")
    expect(page.locator(".due-box")).to_contain_text("第31条")
    page.select_option("#to-status", "办理中")
    page.locator("#status-form button[type=submit]").click()
    expect(page.locator(".case-head")).to_contain_text("办理中")
    expect(page.locator("table.history")).to_contain_text("已受理 → 办理中")
    page.screenshot(path=str(screenshots / "staff-case.png"), full_page=True)

    # export the list as CSV
    page.goto(f"{stack.web_url}/staff/cases?q=%E6%8B%96%E6%AC%A0%E5%B7%A5%E8%B5%84")
    with page.expect_download() as download:
        page.get_by_role("link", name="导出 CSV").click()
    body = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert number in body and "城乡建设" in body and "办理中" in body
    assert "13800138000" not in body
    assert page.dialogs == []


def test_a_script_from_a_citizen_is_shown_as_text(
    console: Any, stack: Stack, filed: dict, screenshots: Path
) -> None:
    page = console
    page.goto(f"{stack.web_url}/staff/conversations/{filed['scripted']}")
    expect(page.locator(".chat-user .chat-text").first).to_have_text(SCRIPT)
    assert page.locator(".transcript script, .transcript img").count() == 0
    page.screenshot(path=str(screenshots / "staff-conversation.png"), full_page=True)
    page.goto(f"{stack.web_url}/staff/trends")
    expect(page.locator("svg.chart-svg")).to_have_count(3)
    expect(page.locator("#chart-category")).to_contain_text("城乡建设")
    page.screenshot(path=str(screenshots / "staff-trends.png"), full_page=True)
    assert page.dialogs == []
