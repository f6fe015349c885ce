"""Numbers are masked wherever the parsers would read them: any whitespace or invisible characters between
groups, 15-digit first-generation IDs too, in free text and in the stored conversation."""

from __future__ import annotations

import json

import pytest
from rasa.shared.core.events import SlotSet, UserUttered

from bot.cases import crypto
from bot.parsing import id_number
from bot.parsing.masking import mask_id_numbers, mask_personal_numbers
from bot.rasa_plugins.tracker_store import event_row

ID = "11010519491231002X"
MASKED = "110105********002X"
ID15 = "110105491231002"  # first generation: region 110105, born 1949-12-31
MASKED15 = "110105*****1002"


@pytest.mark.parametrize(
    "typed",
    [
        "110105  19491231  002X",  # two spaces
        "110105\t19491231\t002X",
        "110105\n19491231\n002X",
        "110105\u200b19491231\u200b002X",  # zero-width spaces
        "1101\u200b05 \u200b 1949\u20601231 \ufeff002x",
        "110105 \t\n 19491231-002X",
    ],
)
def test_an_id_the_parser_reads_is_masked(typed: str) -> None:
    assert id_number.extract_id_number(typed) == ID  # the parser recognises it ...
    text = f"身份证号{typed}，谢谢"
    for masked in (mask_id_numbers(text), mask_personal_numbers(text)):
        assert masked == f"身份证号{MASKED}，谢谢"  # ... so the masking does too


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"老身份证{ID15}", f"老身份证{MASKED15}"),
        ("老身份证 110105 491231 002", f"老身份证 {MASKED15}"),
        ("订单号 123456789012345", "订单号 123456789012345"),  # no region, no birth date: kept
        ("110105991331002", "110105991331002"),  # month 13: not an ID
    ],
)
def test_first_generation_ids_are_masked(text: str, expected: str) -> None:
    assert mask_id_numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("电话138\t1234\n5678", "电话138****5678"),
        ("电话138\u200b1234\u200b5678，白天打", "电话138****5678，白天打"),
        ("2024-03-15 15:00:01 打过12345", "2024-03-15 15:00:01 打过12345"),
    ],
)
def test_phones_with_any_gap_are_masked(text: str, expected: str) -> None:
    assert mask_personal_numbers(text) == expected


def test_stored_events_hold_no_spaced_or_15_digit_id() -> None:
    typed = "110105\t\t19491231\u200b\u200b002X"
    rows = [
        event_row("c", UserUttered(f"我的身份证 {typed}", {"name": "inform", "confidence": 0.9})),
        event_row("c", SlotSet("issue_text", f"老证号{ID15}，新证号{typed}")),
    ]
    data = "".join(row["data"] for row in rows)
    assert "19491231" not in data and "491231" not in data
    assert json.loads(rows[0]["data"])["text"] == f"我的身份证 {MASKED}"
    assert json.loads(rows[1]["data"])["value"] == f"老证号{MASKED15}，新证号{MASKED}"


def test_one_id_masking_everywhere() -> None:
    assert crypto.mask_id_number is id_number.mask_id_number
    assert id_number.mask_id_number(ID) == MASKED
    assert id_number.mask_id_number("123456") == "**3456"
    assert id_number.mask_id_number("1234") == "****"


def test_masking_a_long_text_is_fast() -> None:
    import time

    text = ("我家在3号楼502室，2024年3月15日开始，电话13812345678，" * 400)[:20_000]
    started = time.perf_counter()
    masked = mask_personal_numbers(text)
    assert "13812345678" not in masked
    assert time.perf_counter() - started < 2.0  # linear: about 300 phones in 20,000 characters
