from __future__ import annotations

import pytest

from bot.parsing.contact_note import extract_contact_note


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13880412376，白天打，晚上我老公在家别打", "白天打，晚上我老公在家别打"),
        ("13800138000 上班时间别打", "上班时间别打"),
        ("晚上8点以后打", "晚上8点以后打"),
        ("打不通就发短信", "打不通就发短信"),
        ("我白天上班不方便接，下午6点以后可以", "我白天上班不方便接，下午6点以后可以"),
        ("138 0013 8000 晚上打", "晚上打"),
        ("電話13800138000，別讓我老公知道", "别让我老公知道"),
    ],
)
def test_when_to_call_is_kept_word_for_word(text, expected):
    assert extract_contact_note(text) == expected


@pytest.mark.parametrize("text", ["13800138000", "电话留一个吧 15973612098", "好的", "", None])
def test_no_instruction_no_note(text):
    assert extract_contact_note(text) is None
