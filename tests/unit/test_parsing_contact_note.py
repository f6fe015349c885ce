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


def test_a_whole_story_with_spaces_for_commas_is_no_instruction_about_calls():
    """lead-071: "每天晚上油烟…一直到凌晨两点 从今年五月开始 找过社区" was kept as when to call."""
    story = (
        "我叫马秀兰 电话15193827460 甘肃兰州七里河区西园街道 小区门口的烧烤摊每天晚上油烟熏得窗户都不敢开 "
        "一直到凌晨两点 从今年五月开始 找过社区 没用 楼里二十多户都受不了"
    )
    assert extract_contact_note(story) is None


def test_in_a_long_story_only_the_pieces_about_calls_are_kept():
    story = "我叫李芳 电话13812345678 在广州白云区 老公天天打我 晚上别打电话 他在家 白天 可以打"
    assert extract_contact_note(story) == "晚上别打电话，白天 可以打"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1五8 6七2一 0三9八 别打太早 我上夜班", "别打太早 我上夜班"),  # lead-135
        ("幺三九 七零八二 二六四五 白天别打", "白天别打"),
        ("一三八一二三四五六七八 下午三点以后打", "下午三点以后打"),
    ],
)
def test_a_number_read_aloud_is_left_out_of_the_note(text, expected):
    assert extract_contact_note(text) == expected
