from __future__ import annotations

import pytest

from bot.parsing.phone import (
    extract_own_phone,
    extract_phone,
    is_valid_phone,
    looks_like_phone_attempt,
    mask_phone,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13812345678", "13812345678"),
        ("我的电话是１３８ １２３４ ５６７８，白天打", "13812345678"),
        ("手机：138-1234-5678", "13812345678"),
        ("+86 139 8765 4321", "13987654321"),
        ("0086-13812345678", "13812345678"),
        ("+8613812345678 找王女士", "13812345678"),
        ("座机(020)87654321", "020-87654321"),
        ("（０２０）８７６５４３２１", "020-87654321"),
        ("0755 8888 6666", "0755-88886666"),
        ("010-87654321", "010-87654321"),
        ("+86 10 8765 4321", "010-87654321"),
        ("办公室电话020-87654321-123", "020-87654321-123"),
        ("总机020-87654321转8001", "020-87654321-8001"),
        ("电话：021－６２３４５６７８", "021-62345678"),
        ("语音输入：一三八一二三四五六七八", "13812345678"),
        ("联系我13812345678或者13987654321都行", "13812345678"),
        ("身份证110105199003071234，电话13812345678", "13812345678"),
        ("2023/5/1 打过 13812345678 😊", "13812345678"),
        ("手機號碼：１５９ ００００ ００００", "15900000000"),
    ],
)
def test_extract_phone_finds_numbers(text: str, expected: str) -> None:
    assert extract_phone(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "110105199003071234",  # an ID number, not a phone
        "我的身份证是11010519491231002X",
        "20230501那天",  # a date
        "2023-05-01 10:30",
        "案件编号XF202611270001",  # a case number
        "12345678901",  # no mobile starts with 12
        "138123456789",  # 12 digits
        "87654321",  # a landline without area code
        "4008123123",  # service number, not a citizen's contact phone
        "打12345没人接",
        "欠了我们35000元",
        "",
        "没有电话",
    ],
)
def test_extract_phone_rejects_non_phones(text: str) -> None:
    assert extract_phone(text) is None


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("13812345678", True),
        ("138 1234 5678", True),
        ("+86-138-1234-5678", True),
        ("020-87654321", True),
        ("(0755)88886666", True),
        ("020-87654321-123", True),
        ("13812345678 13987654321", False),
        ("110105199003071234 13812345678", False),
        ("电话13812345678", False),
        ("12345678901", False),
        ("0208765432", False),
        ("", False),
        (None, False),
    ],
)
def test_is_valid_phone(text: str | None, valid: bool) -> None:
    assert is_valid_phone(text) is valid


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("13812345678", "138****5678"),
        ("１３８ １２３４ ５６７８", "138****5678"),
        ("020-87654321", "020-****4321"),
        ("0755-88886666", "0755-****6666"),
        ("1234", "****"),
    ],
)
def test_mask_phone(text: str, masked: str) -> None:
    assert mask_phone(text) == masked


@pytest.mark.parametrize(
    ("text", "attempt"),
    [
        ("12345678901", True),
        ("1381234567", True),  # one digit short
        ("138 1234 567", True),
        ("87654321", True),  # no area code
        ("我的号码是１２３４５６７８９０１", True),
        ("13812345678", False),
        ("020-87654321", False),
        ("不方便留电话", False),
        ("我家3口人", False),
        ("2023-05-01 10:30", False),
        ("XF202611270001", False),
        ("", False),
    ],
)
def test_looks_like_phone_attempt(text: str, attempt: bool) -> None:
    assert looks_like_phone_attempt(text) is attempt


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("老板的电话是020-87654321，我的是13912345678", "13912345678"),
        ("老板的电话是020-87654321", None),  # someone else's number in the story
        ("包工头手机：13812345678", None),
        ("打他电话13912345678没人接", None),
        ("我电话13912345678", "13912345678"),
        ("我是王芳，电话13912345678", "13912345678"),
        ("电话留一个吧 139 1234 5678，白天打", "13912345678"),
    ],
)
def test_the_citizens_own_phone_is_not_someone_elses(text, own):
    assert extract_own_phone(text) == own
