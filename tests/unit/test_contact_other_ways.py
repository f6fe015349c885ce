"""Ways to reach a citizen other than a phone (WeChat, e-mail, QQ) and who answers a shared line are kept as said."""

from __future__ import annotations

import pytest

from bot.parsing.contact_note import extract_contact_note, other_ways
from bot.parsing.phone import extract_phone


@pytest.mark.parametrize(
    ("text", "ways"),
    [
        (
            "我国内手机号停了，加我微信吧 liusiyuan_ca88，或者打我爸的座机0451-84623017",
            ("微信 liusiyuan_ca88",),
        ),
        ("电话不想留 能不能留邮箱 fangwd@163.com", ("邮箱 fangwd@163.com",)),
        ("我的邮箱是 Zhang.San@qq.com", ("邮箱 Zhang.San@qq.com",)),
        ("vx：ａ1234567", ("微信 a1234567",)),
        ("我的WeChat是 Tom_Li2020", ("微信 Tom_Li2020",)),
        ("微信號 wxid_abc123 白天別打電話", ("微信 wxid_abc123",)),
        ("QQ 123456789", ("QQ 123456789",)),
        ("扣扣号是12345678", ("QQ 12345678",)),
    ],
)
def test_other_ways_are_found_as_said(text, ways):
    assert other_ways(text) == ways


@pytest.mark.parametrize(
    "text",
    ["13912345678", "加微信13812345678就行", "我叫王小明", "找物业没用", "我没有微信", "微信群里说的"],
)
def test_no_other_way_where_none_is_given(text):
    assert other_ways(text) == ()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("养老院座机0553-3826471 找护工小何", "找护工小何"),
        ("村委会电话0731-1234567 找老张", "找老张"),
        ("我国内手机号停了，加我微信吧 liusiyuan_ca88，或者打我爸的座机0451-84623017", "liusiyuan_ca88"),
        ("微信号是 wxid_12345678 平时打不通", "wxid_12345678"),
        ("电话不想留 能不能留邮箱 fangwd@163.com", "fangwd@163.com"),
    ],
)
def test_the_note_keeps_the_way_and_who_answers(text, kept):
    note = extract_contact_note(text)
    assert note and kept in note
    assert "0553" not in note and "3826471" not in note  # the phone is its own detail


def test_an_email_or_a_wechat_id_is_never_a_phone():
    assert extract_phone("能不能留邮箱 fangwd@163.com") is None
    assert extract_phone("加我微信吧 liusiyuan_ca88") is None
