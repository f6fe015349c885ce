"""The widget as a citizen meets it: consent first, text never becomes HTML, IME, phone width, keyboard."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import expect

from tests.browser.widget import Widget
from tests.e2e.harness import Stack

MARKUP = "<img src=x onerror=alert(1)>"
SHADOW = "document.querySelector('[data-xf-widget]').shadowRoot"


def test_privacy_notice_and_consent_come_before_the_first_message(widget: Widget) -> None:
    widget.goto("/")
    widget.open()
    notice = widget.page.locator(".consent")
    expect(notice).to_be_visible()
    text = notice.inner_text()
    for needed in ("个人信息", "联系电话", "只用于", "第23条", "身份证号不是必填", "加密", "新对话"):
        assert needed in text, needed
    assert widget.page.locator("#xf-input").is_hidden()  # nothing can be typed before consenting
    widget.agree()
    widget.page.reload()
    widget.open()
    expect(widget.page.locator(".consent")).to_be_hidden()  # asked once per browser
    expect(widget.page.locator("#xf-input")).to_be_visible()


def test_markup_is_shown_as_text_and_never_runs(widget: Widget) -> None:
    widget.start("/")
    answer = widget.say(MARKUP)
    assert answer.strip()
    assert widget.user_texts()[-1] == MARKUP
    assert widget.page.evaluate(f"{SHADOW}.querySelectorAll('img, script:not([src])').length") == 0
    assert widget.page.evaluate("document.querySelectorAll('img').length") == 0
    widget.page.reload()  # stored history is rendered as text too
    assert widget.user_texts()[-1] == MARKUP
    assert widget.page.evaluate(f"{SHADOW}.querySelectorAll('img').length") == 0
    assert widget.dialogs == [] and widget.errors == []


def test_line_breaks_are_kept_and_shift_enter_makes_one(widget: Widget) -> None:
    widget.start("/")
    box = widget.page.locator("#xf-input")
    box.type("楼上漏水")
    box.press("Shift+Enter")
    box.type("物业不管")
    assert box.input_value() == "楼上漏水\n物业不管"  # Shift+Enter did not send
    before = widget.page.locator(".msg.bot").count()
    box.press("Enter")
    widget.wait_for_bot(before)
    bubble = widget.page.locator(".msg.user .bubble").last
    assert bubble.text_content() == "楼上漏水\n物业不管"
    assert bubble.evaluate("e => getComputedStyle(e).whiteSpace") == "pre-wrap"
    assert widget.page.locator(".msg.user time").last.text_content()  # a timestamp


def test_enter_that_ends_an_ime_composition_does_not_send(widget: Widget) -> None:
    widget.start("/")
    box = widget.page.locator("#xf-input")
    box.fill("shen")
    box.dispatch_event("compositionstart", {"data": ""})
    box.press("Enter")  # the IME takes this Enter to pick 深圳
    box.evaluate(
        "e => e.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', isComposing: true, bubbles: true}))"
    )
    box.dispatch_event("compositionend", {"data": "深圳"})
    box.press("Enter")  # right after compositionend (Safari order): still the IME's Enter
    ended = widget.page.evaluate("Date.now()")  # no earlier than the widget's own compositionend time
    assert widget.user_texts() == []
    box.fill("深圳的噪音问题")
    # the widget takes an Enter within 50 ms of compositionend for the IME's: type past that, by the page's clock
    widget.page.wait_for_function("ended => Date.now() - ended > 50", arg=ended)
    box.press("Enter")
    expect(widget.page.locator(".msg.user .bubble")).to_have_text(["深圳的噪音问题"])


def test_phone_width_keyboard_only_and_larger_text(browser, stack: Stack, screenshots: Path) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 740}, locale="zh-CN", is_mobile=True)
    widget = Widget(context.new_page(), stack)
    try:
        widget.goto("/")
        page = widget.page
        page.screenshot(path=str(screenshots / "demo-phone-375-closed.png"))
        page.locator(".launcher").focus()
        page.keyboard.press("Enter")  # opens; focus goes to the consent button
        expect(page.locator(".panel")).to_be_visible()
        page.screenshot(path=str(screenshots / "widget-phone-375-consent.png"))
        page.keyboard.press("Enter")  # consents; focus goes to the text box
        widget.wait_online()
        assert page.evaluate(f"{SHADOW}.activeElement.id") == "xf-input"
        page.keyboard.type("你好")
        before = page.locator(".msg.bot").count()
        page.keyboard.press("Enter")
        widget.wait_for_bot(before)

        box = page.locator(".panel").bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 375, box
        assert page.evaluate("document.documentElement.scrollWidth") <= 375  # no sideways scrolling
        assert page.locator(".send").bounding_box()["x"] + 10 < 375

        dialog = page.get_by_role("dialog", name="示范市信访局 · 在线咨询")
        expect(dialog).to_be_visible()
        expect(page.get_by_role("log", name="对话记录")).to_be_visible()
        large = page.get_by_role("button", name="放大或还原文字")
        size = page.locator(".bubble").first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
        large.focus()
        page.keyboard.press("Enter")
        expect(large).to_have_attribute("aria-pressed", "true")
        bigger = page.locator(".bubble").first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
        assert bigger >= size * 1.2, (size, bigger)
        page.screenshot(path=str(screenshots / "widget-phone-375.png"))

        page.keyboard.press("Escape")  # closes and gives focus back to the launcher
        expect(page.locator(".panel")).to_be_hidden()
        assert page.evaluate(f"{SHADOW}.activeElement.className") == "launcher"
        page.reload()  # the larger text is remembered
        widget.open()
        expect(page.get_by_role("button", name="放大或还原文字")).to_have_attribute("aria-pressed", "true")
    finally:
        context.close()


def test_new_conversation_starts_fresh(widget: Widget, stack: Stack) -> None:
    widget.start("/")
    old = widget.session_id()
    widget.say("小区门口的路灯坏了两个月了")
    widget.page.get_by_role("button", name="开始新对话").click()
    widget.page.get_by_role("button", name="取消").click()
    assert widget.session_id() == old and widget.user_texts()  # cancel keeps everything
    widget.page.get_by_role("button", name="开始新对话").click()
    widget.page.get_by_role("button", name="确定，开始新对话").click()
    assert widget.user_texts() == []
    widget.wait_online()  # the server issues the new session
    new = widget.session_id()
    assert new != old
    widget.say("你好")
    events = stack.tracker(new)["events"]
    assert [e["text"] for e in events if e["event"] == "user"] == ["你好"]  # a fresh conversation


def test_network_loss_is_shown_and_messages_typed_meanwhile_go_once_in_order(
    widget: Widget, stack: Stack
) -> None:
    widget.start("/")
    session = widget.session_id()
    widget.page.context.set_offline(True)
    expect(widget.page.locator(".status")).to_contain_text("网络已断开")
    bots_before = widget.page.locator(".msg.bot").count()
    widget.type("楼下的烧烤店天天吵到半夜")
    widget.type("在深圳市南山区粤海街道")
    expect(widget.page.locator(".msg.user .pending")).to_have_count(2)
    widget.page.context.set_offline(False)
    widget.wait_online()
    widget.wait_for_bot(bots_before + 1)
    expect(widget.page.locator(".msg.user .pending")).to_have_count(0)
    events = stack.tracker(session)["events"]
    said = [e["text"] for e in events if e["event"] == "user"]
    assert said == ["楼下的烧烤店天天吵到半夜", "在深圳市南山区粤海街道"], said


def test_desktop_page_with_the_widget_closed(widget: Widget, screenshots: Path) -> None:
    widget.goto("/")
    launcher = widget.page.get_by_role("button", name="在线咨询")
    expect(launcher).to_be_visible()
    assert launcher.get_attribute("aria-expanded") == "false"
    box = launcher.bounding_box()
    assert box["x"] > 1280 / 2 and box["y"] > 900 / 2  # bottom right, as data-position="right" says
    widget.page.screenshot(path=str(screenshots / "demo-desktop-1280-closed.png"))


def test_two_tabs_of_one_conversation_show_the_same_history(widget: Widget, stack: Stack) -> None:
    widget.start("/")
    other = Widget(widget.page.context.new_page(), widget.stack)
    other.goto("/guide")
    other.open()
    other.wait_online()
    widget.say("小区电梯坏了一个月没人修")
    expect(other.page.locator(".msg.user .bubble")).to_have_text(["小区电梯坏了一个月没人修"])
    expect(other.page.locator(".msg.bot")).to_have_count(widget.page.locator(".msg.bot").count())
    assert other.session_id() == widget.session_id()
    # both tabs got each reply, one wrote it down: stored once per message the bot sent
    stored = widget.page.evaluate("JSON.parse(localStorage.getItem('xf-widget:messages'))")
    events = stack.tracker(widget.session_id())["events"]
    # Rasa's socket.io output sends each paragraph ("\n\n") of a bot text as its own message
    sent = sum(len((e.get("text") or "").strip().split("\n\n")) for e in events if e["event"] == "bot")
    assert len([m for m in stored if m["from"] == "bot"]) == sent > 0
