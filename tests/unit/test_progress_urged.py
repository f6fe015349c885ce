"""Asked to hurry a case the check found ("那个店还在卖 能不能催一下"): yes, it is on record, and what cannot wait
goes to the route's own line (a shop still selling bad food: 12315), never the check again for nothing."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from actions.progress_reply import case_in_hand, urge_reply, urge_reply_for
from actions.progress_turns import urges
from bot.domain.text import normalize_for_parsing


@pytest.mark.parametrize(
    "text",
    [
        "那个店还在卖临期奶粉 能不能催一下 快点处理",
        "帮我催催",
        "能加急吗",
        "麻煩儘快處理一下",
        "17755102386 我是问能不能催",
    ],
)
def test_asked_to_hurry(text: str) -> None:
    assert urges(normalize_for_parsing(text))


@pytest.mark.parametrize("text", ["查一下XF20261206-0011", "到哪一步了", "17755102386"])
def test_a_plain_check_asks_no_hurry(text: str) -> None:
    assert not urges(normalize_for_parsing(text))


def test_the_route_line_for_what_cannot_wait() -> None:
    story = "网上买的奶粉收到是临期的 还有两个月就过期 商家页面写的新鲜日期"
    case = SimpleNamespace(route="hotline_12345", route_reason="", category="商贸旅游", issue_text=story)
    reply = urge_reply_for(case)
    assert reply.startswith("可以催。") and "12315" in reply and "12345" in reply


def test_a_route_without_lines_still_gets_the_yes() -> None:
    reply = urge_reply_for(
        SimpleNamespace(route="unknown_route", route_reason="", category=None, issue_text="")
    )
    assert reply.startswith("可以催。")


def test_the_case_in_hand_gets_its_variant_lines() -> None:
    assert "12315" in urge_reply("hotline_12345", "market")
    assert "12315" not in urge_reply("hotline_12345", "environment")


def test_the_case_found_is_in_hand_with_the_variant_its_story_points_to() -> None:
    """Variants sharing the route's title cannot be told from the filing's reason: the story tells them apart."""
    story = "网上买的奶粉收到是临期的 还有两个月就过期 商家页面写的新鲜日期"
    case = SimpleNamespace(
        case_number="XF20261206-0011",
        route="hotline_12345",
        route_reason="",
        category="商贸旅游",
        issue_text=story,
    )
    slots = {event["name"]: event["value"] for event in case_in_hand(case)}
    assert slots["route_variant"] == "market"
