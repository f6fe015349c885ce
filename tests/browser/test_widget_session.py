"""A browser that learned another citizen's session id gets a session of its own and none of their replies
(issue 16 item 10); the citizen's own browser carries on."""

from __future__ import annotations

import json
from typing import Any

from tests.browser.widget import GREETINGS, Widget
from tests.e2e.harness import Stack


def test_a_stolen_session_id_in_another_browser_shows_nothing_of_the_conversation(
    widget: Widget, browser: Any, stack: Stack
) -> None:
    widget.start("/")
    victim = widget.session_id()
    widget.say("我叫王有田，小区楼下烧烤店吵到半夜")

    # another browser whose storage names the victim's session, as if the id had leaked (no token)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    try:
        context.add_init_script(
            f"localStorage.setItem('xf-widget:session', {json.dumps(json.dumps(victim))})"
        )
        thief = Widget(context.new_page(), stack)
        thief.start("/")
        assert thief.session_id() != victim  # the server gave it a session of its own

        widget.say("我电话13800138000")
        # the thief's own answer comes on its connection after anything sent there during the citizen's
        # turn, so once it shows, the page holds all the thief will ever get of that turn
        thief.say("你好")
        sent_to_thief = [e for e in stack.tracker(thief.session_id())["events"] if e["event"] == "bot"]
        assert thief.page.locator(".msg.bot").count() - GREETINGS == len(sent_to_thief)
        shown = thief.page.locator(".log").inner_text()
        assert "王有田" not in shown and "8000" not in shown
        assert not thief.errors
    finally:
        context.close()
    assert widget.session_id() == victim  # the victim's browser still has its own conversation
