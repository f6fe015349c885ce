"""Answers as people in Guangdong and Hong Kong give them: a name in Latin letters, a call time in Cantonese."""

import pytest

from bot.parsing.contact_note import extract_contact_note
from bot.parsing.name_answer import read_name_answer


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("叫我阿May得啦", "阿May"),
        ("阿May", "阿May"),
        ("Tony", "Tony"),
        ("我叫Jenny Wong", "Jenny Wong"),
        ("叫我David就得", "David"),
        ("是Kelvin啦", "Kelvin"),
        ("我英文名Ivy", "Ivy"),
    ],
)
def test_a_name_in_latin_letters_is_a_name(answer, name):
    assert read_name_answer(answer).name == name


@pytest.mark.parametrize("answer", ["ok", "no", "OK啦", "Hello", "skip"])
def test_latin_words_that_are_no_name_stay_unread(answer):
    assert read_name_answer(answer).name is None


@pytest.mark.parametrize(
    ("answer", "name"),
    [("王有田", "王有田"), ("叫我小周吧", "小周"), ("我姓易，易春兰", "易春兰")],
)
def test_chinese_names_read_as_before(answer, name):
    assert read_name_answer(answer).name == name


@pytest.mark.parametrize(
    ("answer", "note"),
    [
        ("13560012345 夜晚先打", "夜晚先打"),
        ("13560012345 下昼先打", "下昼先打"),
        ("13560012345，放工之后先打得通", "放工之后先打得通"),
        ("13880412376 夜间别打", "夜间别打"),
    ],
)
def test_when_to_call_said_in_cantonese_or_plainly_is_kept(answer, note):
    assert extract_contact_note(answer) == note


def test_a_phone_alone_has_no_note():
    assert extract_contact_note("我系13560012345") is None
