"""Details said at another question than their own, read by the intake: a name with the phone, the head count,
a time instead of a party, and the office on record said again with its district."""

from __future__ import annotations

from actions.slots import NOT_PROVIDED
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

STORY = "我在昆明西山区开个小卖部 市场监管局来查说我卖过期面包 罚我五千"
KNOWN = {"issue_text": STORY, "category": "商贸旅游", "respondent": "市场监管局"}


async def answer(text, requested, slots=None, intent="inform"):
    tracker = make_tracker(text, intent=intent, requested_slot=requested, slots={**KNOWN, **(slots or {})})
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    return slots


async def test_a_name_with_the_phone_at_the_address_question_keeps_both():
    slots = await answer("杨春梅 电话13888061742", "address", {"petitioner_name": NOT_PROVIDED})
    assert slots.get("petitioner_name") == "杨春梅"
    assert slots.get("phone") == "13888061742"


async def test_the_citizen_alone_at_the_earlier_report_question_is_the_head_count():
    slots = await answer("就我", "prior_report")
    assert slots.get("people_count") == "1"
    assert "prior_report" not in slots


async def test_a_time_at_the_respondent_question_is_no_party():
    slots = await answer("打了好几年了 这次是今天晚上", "respondent", {"respondent": None})
    assert slots.get("respondent") is None


async def test_the_office_said_again_with_its_district_is_recorded_so():
    slots = await answer("西山区市场监管局", "petitioner_name")
    assert slots.get("respondent") == "西山区市场监管局"


async def test_a_leader_told_by_surname_is_kept_though_the_name_is_not_known():
    slots = await answer(
        "跳广场舞那帮老太太 我也不知道叫啥 领头的是个姓郭的",
        "respondent",
        {"respondent": None},
        intent="skip",
    )
    assert "姓郭" in slots.get("respondent")


async def test_an_earlier_report_that_mentions_a_couple_is_still_the_report():
    slots = await answer("去年报过一次警 警察来了说两口子的事调解一下就走了", "prior_report")
    assert "报过" in slots.get("prior_report")
