"""Staff credentials: argon2id hashing, password strength in plain Chinese, username rules."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from bot.staff import passwords
from bot.staff.passwords import (
    clean_display_name,
    hash_password,
    needs_rehash,
    normalize_username,
    password_problem,
    username_problem,
    verify_dummy,
    verify_password,
)

CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def test_round_trip_is_argon2id_and_salted():
    first, second = hash_password("信访受理Xf-2026"), hash_password("信访受理Xf-2026")
    assert first.startswith("$argon2id$") and first != second
    assert verify_password(first, "信访受理Xf-2026")
    assert not verify_password(first, "信访受理Xf-2027")
    assert not verify_password(first, "")


def test_full_width_input_matches_half_width(monkeypatch):
    monkeypatch.setattr(passwords, "_hasher", lambda: CHEAP)
    stored = hash_password("Ｗａｎｇ２０２６！ｘｆ")
    assert verify_password(stored, "Wang2026!xf")
    assert verify_password(hash_password("Wang2026!xf"), "Ｗａｎｇ２０２６！ｘｆ")


@pytest.mark.parametrize(
    "bad_hash", ["", "not-a-hash", "$argon2id$v=19$m=65536,t=3,p=4$broken", "$2b$12$abc"]
)
def test_malformed_hash_is_just_false(bad_hash):
    assert verify_password(bad_hash, "whatever-123") is False


def test_over_long_input_is_refused_without_hashing(monkeypatch):
    monkeypatch.setattr(passwords, "_hasher", lambda: CHEAP)
    stored = hash_password("a" * 100 + "1")
    assert verify_password(stored, "a" * 100 + "1")
    assert not verify_password(stored, "a" * 5000)


def test_dummy_verify_is_always_false(monkeypatch):
    monkeypatch.setattr(passwords, "_hasher", lambda: CHEAP)
    assert verify_dummy("任何密码Abc123") is False
    assert verify_dummy("") is False


def test_needs_rehash_when_parameters_are_weaker_than_the_default(monkeypatch):
    cheap = CHEAP.hash("Longer-pass-2026")
    assert needs_rehash(cheap)  # the default hasher is stronger
    assert not needs_rehash(hash_password("Longer-pass-2026"))
    assert needs_rehash("garbage")


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("", "请输入密码"),
        ("   ", "请输入密码"),
        ("Abc12!", "至少10个字符"),
        ("信访办2026", "至少10个字符"),  # 8 characters
        ("１２３４５Ａｂ", "至少10个字符"),  # full width, still 7 characters
        ("x" * 129 + "1", "最多128个字符"),
        ("aaaaaaaaaa1", "重复的字符太多"),
        ("Aa1Aa1Aa1Aa1", "重复的字符太多"),
        ("abcdefghijk", "只用一类字符"),
        ("1357924680135", "只用一类字符"),
        ("１３５７９２４６８０１", "只用一类字符"),  # full-width digits are digits
        ("我们都是信访工作人员呀", "只用一类字符"),
        ("😀😃😄😁😆😅😂🤣😊😇", "只用一类字符"),
        ("Password123!", "太常见"),
        ("P@ssw0rd!!", "太常见"),
        ("1qaz2wsx3edc", "太常见"),
        ("woaini1314!!", "太常见"),
        ("1234567890!", "太常见"),
        ("我爱你1234567", "太常见"),
        ("Ｑｗｅｒｔｙ１２３４５", "太常见"),
        ("密码\t12345678Ab", "控制字符"),
        ("ab\u200bcdef12345", "控制字符"),
    ],
)
def test_weak_passwords_get_a_chinese_reason(password, reason):
    problem = password_problem(password)
    assert problem is not None and reason in problem


@pytest.mark.parametrize(
    "password", ["wang.xiaoming2026", "WANG.XIAOMING!!", "ｗａｎｇ．ｘｉａｏｍｉｎｇ＃１"]
)
def test_password_containing_the_username_is_refused(password):
    assert password_problem(password, username="wang.xiaoming") == "密码不能包含用户名"


@pytest.mark.parametrize(
    "password",
    [
        "Xinfang-Desk-07",
        "春天的信访窗口2026",
        "correct horse battery 9",
        "老王😀办事-靠谱12",
        "Ｓｔａｆｆ－ｄｅｓｋ＃９",
    ],
)
def test_reasonable_passwords_pass(password):
    assert password_problem(password) is None
    assert password_problem(password, username="li") is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("wang", "wang"), ("  Wang.XM ", "wang.xm"), ("ｌｉ＿ｓｉ", "li_si"), ("Zhang-3", "zhang-3")],
)
def test_usernames_are_normalised_and_accepted(typed, expected):
    assert normalize_username(typed) == expected
    assert username_problem(typed) is None


@pytest.mark.parametrize("typed", ["", "a", "王小明", "wang xm", "wang@gov", "x" * 65, "<script>", "li😀"])
def test_bad_usernames(typed):
    assert "2到64个字符" in (username_problem(typed) or "")


def test_display_name_defaults_and_cleaning():
    assert clean_display_name(None, "wang") == "wang"
    assert clean_display_name("  王   小明\u200b ", "wang") == "王 小明"
    assert clean_display_name("李四（信访科）", "li") == "李四（信访科）"
    with pytest.raises(ValueError, match="128"):
        clean_display_name("长" * 129, "wang")
