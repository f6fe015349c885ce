"""A skip that names another personal detail ("我不想说名字" at the court question) skips only that detail, when its
own question comes: the question asked stays open and nothing is recorded as 未提供 for it."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts

KNOWN = {"issue_text": "我妈的危房改造补助被人冒领了", "respondent": "村文书", "occurred_at": "2025"}


# (what is said as a skip, the question asked, the detail it names)
OTHER_DETAIL_SKIPPED = [
    ("我不想说名字", "legal_status", "姓名"),
    ("名字就不留了", "prior_report", "姓名"),
    ("電話不想留", "legal_status", "联系电话"),  # traditional characters
    ("俺不想留手机号码", "people_count", "联系电话"),
    ("地址就不说了吧", "prior_report", "通讯地址"),
    ("身份证不想给", "legal_status", "身份证"),
]


@pytest.mark.parametrize(("text", "asked", "detail"), OTHER_DETAIL_SKIPPED)
async def test_a_skip_of_another_detail_keeps_the_question_asked(text: str, asked: str, detail: str) -> None:
    tracker = make_tracker(text, intent="skip", requested_slot=asked, slots=KNOWN)
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert asked not in slots
    assert detail in texts(dispatcher) and "等问到的时候可以不留" in texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("名字不想说", "petitioner_name"),
        ("电话不留了", "phone"),
        ("跳过", "legal_status"),
        ("不想说", "prior_report"),
        ("不留了 打电话就行", "address"),  # lead-075: the phone is how to be reached, the address is refused
        ("地址不用 发短信就行", "address"),
    ],
)
async def test_a_skip_of_the_question_asked_is_still_a_skip(text: str, asked: str) -> None:
    tracker = make_tracker(text, intent="skip", requested_slot=asked, slots=KNOWN)
    _, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "等问到的时候可以不留" not in texts(dispatcher)
