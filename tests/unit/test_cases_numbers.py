from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from cryptography.fernet import Fernet

from bot.cases import crypto, numbers


def test_format_case_number():
    assert numbers.format_case_number(date(2026, 11, 27), 42) == "XF20261127-0042"
    assert numbers.format_case_number(date(2026, 11, 27), 12345) == "XF20261127-12345"
    with pytest.raises(ValueError):
        numbers.format_case_number(date(2026, 11, 27), 0)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("XF20261127-0042", "XF20261127-0042"),
        ("xf20261127-0042", "XF20261127-0042"),
        ("ＸＦ２０２６１１２７－００４２", "XF20261127-0042"),
        ("XF20261127—0042", "XF20261127-0042"),
        ("XF 2026 1127 0042\u200b", "XF20261127-0042"),
        ("XF202611270042", "XF20261127-0042"),
        ("我的编号", "我的编号"),
    ],
)
def test_normalize_case_number(typed, expected):
    assert numbers.normalize_case_number(typed) == expected


def test_local_date_is_beijing():
    assert numbers.local_date(datetime(2026, 11, 27, 16, 0, tzinfo=timezone.utc)) == date(2026, 11, 28)
    assert numbers.local_date(datetime(2026, 11, 27, 15, 59, tzinfo=timezone.utc)) == date(2026, 11, 27)
    with pytest.raises(ValueError):
        numbers.local_date(datetime(2026, 11, 27, 15, 59))


def test_query_code_keeps_leading_zeros(monkeypatch):
    monkeypatch.setattr(numbers.secrets, "randbelow", lambda n: 42)
    assert numbers.new_query_code() == "000042"


def test_query_codes_are_six_digits_and_vary():
    codes = {numbers.new_query_code() for _ in range(200)}
    assert all(len(c) == 6 and c.isdigit() for c in codes)
    assert len(codes) > 190


def test_encrypt_round_trip_and_wrong_key():
    key = Fernet.generate_key().decode()
    token = crypto.encrypt_id_number("44010619900101123X", key)
    assert "44010619900101123X" not in token
    assert crypto.decrypt_id_number(token, key) == "44010619900101123X"
    with pytest.raises(crypto.IdEncryptionKeyError):
        crypto.decrypt_id_number(token, Fernet.generate_key().decode())


def test_missing_key_message_says_how_to_fix():
    with pytest.raises(crypto.IdEncryptionKeyError, match="Fernet.generate_key"):
        crypto.encrypt_id_number("44010619900101123X", "")


@pytest.mark.parametrize(
    ("clear", "masked"), [("11010519491231002X", "110105********002X"), ("123456", "**3456")]
)
def test_mask_id_number(clear, masked):
    assert crypto.mask_id_number(clear) == masked


def test_a_case_number_past_the_ten_thousandth_of_a_day_is_found_in_a_message():
    from bot.cases.numbers import find_case_number, normalize_case_number

    assert find_case_number("查一下 XF20261127-10000，电话138") == "XF20261127-10000"  # was read as -1000
    assert find_case_number("ｘｆ２０２６１１２７－００４２") == "XF20261127-0042"
    assert find_case_number("XF20261127 0042 办到哪了") == "XF20261127-0042"
    assert find_case_number("我的电话是13800138000") is None
    assert normalize_case_number("xf20261127-10000") == "XF20261127-10000"
