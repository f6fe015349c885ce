"""Bot messages → one WeChat text, numbered options, length limits, and "1" back to the payload."""

from __future__ import annotations

import pytest

from bot.channels.wechat.options import OptionStore, choice_number
from bot.channels.wechat.reply import MAX_TEXT_BYTES, Option, render_messages, split_text

LEGAL_BUTTONS = [
    {"title": "没有", "payload": "没有打官司，也没有仲裁"},
    {"title": "正在法院审理", "payload": "已经起诉了，法院还在审"},
    {"title": "法院已经判了", "payload": "法院已经判决了"},
]


def test_several_bot_messages_become_one_reply() -> None:
    rendered = render_messages([{"text": "好的，记下了。"}, {"text": "这件事是什么时候发生的？"}])
    assert rendered.parts == ["好的，记下了。\n\n这件事是什么时候发生的？"]
    assert rendered.options == []


def test_buttons_become_numbered_options() -> None:
    rendered = render_messages([{"text": "收到。"}, {"text": "有没有打官司？", "buttons": LEGAL_BUTTONS}])
    assert (
        rendered.text == "收到。\n\n有没有打官司？\n回复 1：没有\n回复 2：正在法院审理\n回复 3：法院已经判了"
    )
    assert rendered.options[1] == Option(2, "正在法院审理", "已经起诉了，法院还在审")


def test_only_the_last_buttons_can_be_chosen_by_number() -> None:
    rendered = render_messages(
        [
            {"text": "哪一类？", "buttons": [{"title": "民政", "payload": '/inform{"category": "民政"}'}]},
            {
                "text": "对吗？",
                "buttons": [
                    {"title": "对，提交", "payload": "/affirm"},
                    {"title": "需要修改", "payload": "/deny"},
                ],
            },
        ]
    )
    assert [o.payload for o in rendered.options] == ["/affirm", "/deny"]
    assert "回复 1：对，提交" in rendered.text


def test_image_and_empty_messages() -> None:
    rendered = render_messages([{"text": ""}, {"image": "https://example.com/a.png"}, {"custom": {"x": 1}}])
    assert rendered.parts == ["https://example.com/a.png"]
    assert render_messages([]).parts == []


@pytest.mark.parametrize(
    "text",
    [
        "信访事项" * 400,  # 1600 CJK chars, 4800 bytes, no breaks at all
        "第一段。" * 300 + "\n\n" + "第二段😀" * 300,
        "\n".join(f"第{i}行：小区噪音扰民，物业不管。" for i in range(200)),
        "abc " * 1000,
    ],
)
def test_long_text_is_split_within_the_byte_limit_without_losing_characters(text: str) -> None:
    parts = split_text(text)
    assert len(parts) > 1
    assert all(len(p.encode()) <= MAX_TEXT_BYTES for p in parts)
    squash = lambda s: "".join(s.split())  # noqa: E731
    assert squash("".join(parts)) == squash(text)


def test_split_prefers_paragraph_breaks() -> None:
    first, second = "甲" * 600, "乙" * 600
    assert split_text(f"{first}\n\n{second}") == [first, second]


def test_short_text_is_one_part() -> None:
    assert split_text("  你好  ") == ["你好"]
    assert split_text("   ") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("1", 1),
        ("１", 1),
        (" 2 ", 2),
        ("3.", 3),
        ("回复1", 1),
        ("回复 ２", 2),
        ("选2", 2),
        ("第三个", 3),
        ("二", 2),
        ("1。", 1),
        ("10", 10),
    ],
)
def test_choice_numbers(text: str, number: int) -> None:
    assert choice_number(text) == number


@pytest.mark.parametrize(
    "text", ["", "1个人", "我们有3个人", "13800138000", "第一次反映", "123", "一二", "对"]
)
def test_sentences_are_not_choices(text: str) -> None:
    assert choice_number(text) is None


def test_option_store_maps_a_number_back_and_forgets_after_ttl() -> None:
    now = [1000.0]
    store = OptionStore(ttl_s=60, clock=lambda: now[0])
    options = render_messages([{"text": "？", "buttons": LEGAL_BUTTONS}]).options
    store.remember("o-1", options)
    assert store.resolve("o-1", "２").payload == "已经起诉了，法院还在审"
    assert store.resolve("o-1", "4") is None  # not offered
    assert store.resolve("o-2", "1") is None  # someone else
    now[0] += 61
    assert store.resolve("o-1", "1") is None


def test_a_reply_without_buttons_clears_the_options() -> None:
    store = OptionStore()
    store.remember("o-1", [Option(1, "没有", "没有")])
    store.remember("o-1", [])
    assert store.resolve("o-1", "1") is None
