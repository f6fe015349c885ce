"""Letters typed for digits in a phone number (bot.parsing.digit_typos), through the phone reader."""

import pytest

from bot.parsing.digit_typos import letters_as_digits
from bot.parsing.phone import extract_phone


@pytest.mark.parametrize(
    ("said", "phone"),
    [
        ("留我闺女的吧 1383521O476 我耳朵背 打给她就行", "13835210476"),
        ("电话l3907345218", "13907345218"),
        ("139 O468 2275", "13904682275"),
        ("座机0731-8452I163", "0731-84521163"),
        ("手机号：1５9O7３1２0４8", "15907312048"),
    ],
)
def test_a_letter_typed_for_a_digit_is_read_as_the_digit(said, phone):
    assert extract_phone(said) == phone


@pytest.mark.parametrize(
    "text",
    [
        "OPPO手机 买了三个月就坏了",
        "订单号 Order 2026112345",
        "我住在I栋1203",
        "COVID 2019",
        "hello 12345",
        "型号OL-1234567",
    ],
)
def test_words_and_codes_stay_as_written(text):
    assert letters_as_digits(text) == text


def test_length_is_kept():
    said = "号码1383521O476 打给她"
    assert len(letters_as_digits(said)) == len(said)
