"""The address question (第19条, 第23条): an answer is kept, a refusal says what it costs, a question is answered."""

from __future__ import annotations

import pytest

from actions.filing import FileCase
from actions.slots import INTAKE_SLOTS, NOT_PROVIDED
from actions.summary import summary_text
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts

KNOWN = {
    "issue_text": "楼下烧烤店每天吵到凌晨两点",
    "category": "环境保护",
    "location": "湖南省长沙市岳麓区望月湖街道",
    "location_code": "430104003",
    "petitioner_name": "易春兰",
    "phone": "15973612098",
}


def test_the_address_is_asked_last_of_the_intake():
    assert INTAKE_SLOTS[-2:] == ("phone", "address")


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("长沙市岳麓区望月湖街道12栋3单元502", "长沙市岳麓区望月湖街道12栋3单元502"),
        ("地址是溆浦县卢峰镇建设路8号", "溆浦县卢峰镇建设路8号"),
        ("就寄到村委会 湖南省隆回县桃洪镇", "就寄到村委会 湖南省隆回县桃洪镇"),
        ("同上", "湖南省长沙市岳麓区望月湖街道"),
    ],
)
async def test_an_answer_to_the_address_question_is_kept(text, stored):
    tracker = make_tracker(text, requested_slot="address", slots=KNOWN)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["address"] == stored
    assert "location" not in slots  # the place of the matter is not changed by where the citizen lives


@pytest.mark.parametrize(("text", "intent"), [("跳过", "skip"), ("不留了", "inform"), ("不用寄", "deny")])
async def test_a_refusal_is_a_skip_that_says_what_is_lost(text, intent):
    tracker = make_tracker(text, intent=intent, requested_slot="address", slots=KNOWN)
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["address"] == NOT_PROVIDED
    assert any(m.get("response") == "utter_skipped_address" for m in dispatcher.messages)


async def test_why_the_address_is_asked_is_answered_and_nothing_stored():
    tracker = make_tracker("要地址干嘛？", requested_slot="address", slots=KNOWN)
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "address" not in slots
    assert [m.get("response") for m in dispatcher.messages] == ["utter_why_address"]


@pytest.mark.parametrize(
    ("text", "requested", "response"),
    [
        ("要地址干嘛？", "respondent", "utter_why_address"),  # asked early, of the address the bot will want
        ("你们要我住址干啥", "phone", "utter_why_address"),
        ("为啥要留电话", "address", None),  # the phone named: the personal-information answer
        ("问这么细干什么？", "petitioner_name", None),
    ],
)
async def test_why_something_is_asked_is_answered_at_any_question_and_never_stored(text, requested, response):
    slots_before = {k: v for k, v in KNOWN.items() if k != requested}
    tracker = make_tracker(text, requested_slot=requested, slots=slots_before)
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert requested not in slots or slots[requested] is None
    said = [m.get("response") or m.get("text") for m in dispatcher.messages]
    if response:
        assert response in said
    else:
        assert any("个人信息保护法" in (m or "") for m in said), said


def test_the_summary_shows_the_address():
    assert "· 通讯地址：长沙市岳麓区望月湖街道12栋502" in summary_text(
        {**KNOWN, "address": "长沙市岳麓区望月湖街道12栋502"}
    )


async def test_with_name_and_address_the_written_notice_is_promised_without_a_date():
    slots = {
        **KNOWN,
        "address": "长沙市岳麓区望月湖街道12栋502",
        "intake_id": "i-1",
        "awaiting_confirmation": True,
    }
    for slot in INTAKE_SLOTS:
        slots.setdefault(slot, NOT_PROVIDED)
    _, dispatcher, _ = await run_action(
        FileCase(), make_tracker("对", intent="affirm", slots=slots, active_loop=None)
    )
    said = texts(dispatcher)
    assert "收不到书面告知" not in said
    assert any("第23条" in line and "书面" in line for line in said.splitlines())


def test_numbers_typed_inside_free_text_are_masked_in_the_summary():
    text = summary_text(
        {**KNOWN, "issue_text": "老板欠钱不还，他电话13912345678，我身份证11010519491231002X"}
    )
    assert "13912345678" not in text and "139****5678" in text
    assert "11010519491231002X" not in text


@pytest.mark.parametrize(
    "text",
    ["之前没找过别处 就是去村里问过", "以前打過12345 说转给物业了"],
)
async def test_an_earlier_report_at_the_address_question_is_no_address(text):
    tracker = make_tracker(
        text,
        requested_slot="address",
        slots={"issue_text": "小区门口排水沟堵了半年", "location": "湖南省长沙市岳麓区望月湖街道"},
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert not slots.get("address")


@pytest.mark.parametrize("text", ["望月湖街道12栋502 找过物业的那栋", "寄到桑木村 村委会旁边"])
async def test_an_address_beside_words_of_reporting_is_kept(text):
    tracker = make_tracker(
        text,
        requested_slot="address",
        slots={"issue_text": "小区门口排水沟堵了半年", "location": "湖南省长沙市岳麓区望月湖街道"},
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("address")
