"""A number of Hong Kong, Macao or Taiwan said with its country code is a phone ("+852 6123 4587"), kept in
one form, masked like any phone; eight digits without the code stay no phone."""

from __future__ import annotations

import pytest

from bot.parsing.address import read_address_answer
from bot.parsing.masking import mask_personal_numbers
from bot.parsing.phone import (
    extract_own_phone,
    extract_phone,
    is_valid_phone,
    looks_like_phone_attempt,
    mask_phone,
    says_call_this_number,
)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("我香港電話 +852 6123 4587", "+852 61234587"),
        ("+852-6123-4587", "+852 61234587"),
        ("00852 61234587", "+852 61234587"),
        ("＋８５２ ６１２３ ４５８７", "+852 61234587"),
        ("香港號碼+852 9123 4567，晚上打", "+852 91234567"),
        ("屋企電話 +852 2123 4567", "+852 21234567"),
        ("澳门 +853 6612 3456", "+853 66123456"),
        ("台湾手机 +886 912 345 678", "+886 912345678"),
        ("打我舅舅的吧 13907345218 我香港的是+852 6123 4587", "13907345218"),
    ],
)
def test_a_number_with_its_country_code_is_a_phone(text, phone):
    assert extract_phone(text) == phone
    assert extract_own_phone(text) == phone
    assert not looks_like_phone_attempt(text)


@pytest.mark.parametrize("text", ["852 6123 4587", "6123 4587", "+852 1234 5678", "+852 6123 458"])
def test_no_phone_without_a_valid_country_code(text):
    assert extract_phone(text) is None


def test_someone_elses_number_abroad_is_not_the_citizens():
    assert extract_own_phone("老板电话 +852 6123 4587") is None


def test_kept_and_masked_like_any_phone():
    assert is_valid_phone("+852 61234587")
    assert is_valid_phone("+852-6123-4587")
    assert not is_valid_phone("+852 6123 4587 晚上打")
    assert mask_phone("+852 61234587") == "+852 ****4587"
    assert mask_personal_numbers("我香港電話 +852 6123 4587") == "我香港電話 +852 ****4587"
    assert (
        mask_personal_numbers("电话13907345218 或者 +852 6123 4587") == "电话139****5218 或者 +852 ****4587"
    )


@pytest.mark.parametrize(
    "text",
    [
        "我沒有大陸手機，打我舅舅的吧 13907345218",
        "打我老公的 13812345678",
        "换个号 13812345678",
        "打这个电话 13812345678",
    ],
)
def test_the_number_to_call_instead(text):
    assert says_call_this_number(text)


@pytest.mark.parametrize("text", ["电话13812345678", "他打我的时候我在做饭", "我儿子的电话13812345678"])
def test_no_number_to_call_instead(text):
    assert not says_call_this_number(text)


@pytest.mark.parametrize("text", ["我沒有大陸手機，打我舅舅的吧 13907345218", "电话是13907345218"])
def test_a_phone_alone_is_no_address(text):
    assert read_address_answer(text) is None


def test_an_address_with_a_phone_is_still_an_address():
    answer = read_address_answer("寄到衡山县开云镇红旗路18号 电话13907345218")
    assert answer is not None and answer.address
