from __future__ import annotations

import pytest

from bot.parsing.id_number import extract_id_number, is_valid_id_number, looks_like_id_attempt, mask_id_number

# Valid numbers built with the ISO 7064 MOD 11-2 check character.
VALID_X = "11010519491231002X"
VALID_2 = "440306199003071232"
VALID_7 = "310115198511118887"
VALID_LEAP = "510107200002294564"  # born 29 Feb 2000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (VALID_X, VALID_X),
        ("11010519491231002x", VALID_X),  # lower-case x is upper-cased
        ("我的身份证号是１１０１０５１９４９１２３１００２Ｘ", VALID_X),
        ("110105 19491231 002X", VALID_X),
        ("110105-19491231-002X", VALID_X),
        (f"身份证：{VALID_2}，电话13812345678", VALID_2),
        (f"{VALID_7}。", VALID_7),
        (VALID_LEAP, VALID_LEAP),
        (f"号码 {VALID_2} 谢谢🙏", VALID_2),
    ],
)
def test_extract_id_number(text: str, expected: str) -> None:
    assert extract_id_number(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "110105194912310021",  # wrong check character
        "110105194902300020",  # 30 February (check character right)
        "990105194912310023",  # no such province code (check character right)
        "110105209912310029",  # born in the future (check character right)
        "110105194912310",  # old 15-digit number
        "13812345678",
        "XF11010519491231002X",  # glued to letters
        "1101051949123100211",  # 19 digits
        "",
        "不想提供",
    ],
)
def test_extract_id_number_rejects(text: str) -> None:
    assert extract_id_number(text) is None


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        (VALID_X, True),
        (VALID_2, True),
        ("11010519491231002x", True),
        ("110105194912310021", False),
        ("身份证" + VALID_2, False),  # the whole string must be the number
        (None, False),
    ],
)
def test_is_valid_id_number(text: str | None, valid: bool) -> None:
    assert is_valid_id_number(text) is valid


def test_mask_id_number() -> None:
    assert mask_id_number(VALID_X) == "110105********002X"
    assert mask_id_number("身份证：" + VALID_2) == "440306********1232"
    assert mask_id_number("110105194912310") == "110105*****2310"
    assert "19491231" not in mask_id_number(VALID_X)


@pytest.mark.parametrize(
    ("text", "attempt"),
    [
        ("110105194912310021", True),
        ("110105194912310", True),  # 15 digits
        ("我的身份证１１０１０５１９４９１２３１００２１", True),
        ("11010519491231002Y", False),
        (VALID_X, False),
        ("13812345678", False),
        ("没有身份证", False),
        ("", False),
    ],
)
def test_looks_like_id_attempt(text: str, attempt: bool) -> None:
    assert looks_like_id_attempt(text) is attempt
