"""A phone corrected by a part of it ("电话不对 最后四位是7756"): the rest stays as recorded."""

from __future__ import annotations

import pytest

from actions.correction_parse import parse_corrections
from actions.correction_values import patched_phone, phone_part
from actions.corrections import CorrectDetail
from tests.actions.conftest import make_tracker, run_action, texts

CASE = {
    "issue_text": "包工头跑了 工钱一分没给",
    "category": "劳动和社会保障",
    "people_count": "11",
    "petitioner_name": "赵大勇",
    "phone": "13944127765",
    "awaiting_confirmation": True,
}


async def correct(text: str, slots: dict | None = None):
    tracker = make_tracker(text, intent="correct_detail", slots=slots or CASE, active_loop=None)
    return await run_action(CorrectDetail(), tracker)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("电话不对 最后四位是7756", "13944127756"),
        ("电话号码说错了，后四位应该是7756", "13944127756"),
        ("手机尾号改成7756", "13944127756"),
        ("不对不对 最后四位是7756", "13944127756"),  # no label: a part of a phone is the phone's
        ("電話不對 最後四位是７７５６", "13944127756"),  # traditional characters, full-width digits
        ("电话最后两位是56", "13944127756"),
        ("号码写错了 前三位是138", "13844127765"),
        ("电话 后4位7756", "13944127756"),
    ],
)
async def test_the_last_digits_replace_the_last_of_the_phone(text, phone):
    updates, dispatcher, _ = await correct(text)
    assert updates["phone"] == phone
    assert set(updates) == {"phone", "awaiting_confirmation"}  # never the head count
    assert "7756人" not in texts(dispatcher)
    assert "联系电话已从" in texts(dispatcher)


async def test_a_part_without_a_phone_on_record_asks_for_the_whole_number():
    slots = {key: value for key, value in CASE.items() if key != "phone"}
    updates, dispatcher, _ = await correct("电话不对 最后四位是7756", slots)
    assert updates.get("phone") is None
    assert "people_count" not in updates
    said = texts(dispatcher)
    assert "完整的电话号码" in said and "7756人" not in said


def test_a_landline_keeps_its_dash():
    assert patched_phone("0736-6621453", True, "7756") == "0736-6627756"


@pytest.mark.parametrize(
    "value",
    ["后三位是7756", "最后四位", "7756", "一共四个人", "四位老人", "前面说的不对"],
)
def test_what_is_no_part_of_a_phone(value):
    assert phone_part(value) is None


def test_the_parse_names_the_phone():
    (request,) = parse_corrections("电话不对 最后四位是7756")
    assert request.slot == "phone" and phone_part(request.value) == (True, "7756")
