"""A detail named by its label with a value while another question is asked ("地点是…" at the head-count question,
"反映对象是…" at the name question) corrects that detail only: the question asked is neither answered with it
nor given up on. New phrasings written for these tests."""

from __future__ import annotations

import pytest

from actions.conversation import HandleUnclear
from actions.correction_named import names_another_detail
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts

SLOTS = {
    "issue_text": "牛被人偷了 报警两个月派出所也不查",
    "category": "政法",
    "location": "陕西省榆林市米脂县桃镇",
    "location_code": "610827101",
    "occurred_at": "2026-10",
    "respondent": "派出所",
    "legal_status": "none",
    "prior_report": "报过警",
}


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("地点是陕西省榆林市米脂县桃镇", "people_count"),
        ("反映对象是桃镇派出所", "petitioner_name"),
        ("反映對象是桃鎮派出所", "phone"),  # traditional characters
        ("哦 时间应该是九月份", "people_count"),
        ("被反映的单位：桃镇派出所", "address"),
    ],
)
def test_a_labelled_value_of_another_detail(text, asked):
    assert names_another_detail(text, SLOTS, asked)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("就俺一家", "people_count"),
        ("反映对象是桃镇派出所", "respondent"),  # the question asked: an answer
        ("地址是桃镇高家沟村", "address"),  # the postal address asked, named with the place's word
        ("电话是13891234078", "phone"),
        ("反映对象我也说不清", "people_count"),  # no value
        ("地点是桃镇", None),
    ],
)
def test_no_correction_of_another_detail(text, asked):
    assert not names_another_detail(text, SLOTS, asked)


async def test_the_place_said_again_at_the_head_count_question_sets_no_count():
    tracker = make_tracker("地点是陕西省榆林市米脂县桃镇", slots=SLOTS, requested_slot="people_count")
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "people_count" not in slots
    assert slots.get("location", SLOTS["location"]) == SLOTS["location"]
    assert "未提供" not in texts(dispatcher)


@pytest.mark.parametrize(
    ("action", "intent"), [(ValidateIntakeForm(), "inform"), (HandleUnclear(), "nlu_fallback")]
)
async def test_the_party_named_at_the_name_question_is_the_party(action, intent):
    tracker = make_tracker(
        "反映对象是桃镇派出所", intent=intent, slots=SLOTS, requested_slot="petitioner_name"
    )
    slots, dispatcher, _ = await run_action(action, tracker)
    assert slots.get("respondent") == "桃镇派出所"
    assert "petitioner_name" not in slots and "没太看懂" not in texts(dispatcher)
