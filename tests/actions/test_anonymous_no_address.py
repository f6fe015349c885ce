"""A citizen who keeps their name is not asked for an address: it serves only the written notice, which needs a
name too (第23条)."""

import pytest

from actions.slots import NOT_PROVIDED
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts

STORY = {
    "issue_text": "学校食堂用过期的肉 孩子们吃了拉肚子",
    "category": "教育文体",
    "location": "广东省深圳市宝安区",
}


@pytest.mark.parametrize("intent", ["inform", "skip"])  # the skip button and a word NLU reads as skip alike
@pytest.mark.parametrize("answer", ["不留名", "匿名", "跳过", "名字就不说了 怕被报复", "我不想说名字"])
async def test_refusing_the_name_leaves_the_address_unasked(answer, intent):
    tracker = make_tracker(answer, intent=intent, slots=STORY, requested_slot="petitioner_name")
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["petitioner_name"] == NOT_PROVIDED
    assert slots["address"] == NOT_PROVIDED


async def test_an_address_already_given_is_kept():
    tracker = make_tracker(
        "不留名", slots={**STORY, "address": "西乡街道宝民一路8号"}, requested_slot="petitioner_name"
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "address" not in slots


async def test_a_name_given_still_leads_to_the_address_question():
    tracker = make_tracker("我叫陈丽", slots=STORY, requested_slot="petitioner_name")
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["petitioner_name"] == "陈丽" and "address" not in slots


@pytest.mark.parametrize("answer", ["不用留名字了吧", "名字就不留了吧"])
async def test_a_refusal_asked_as_a_question_is_answered_once(answer):
    tracker = make_tracker(answer, intent="skip", slots=STORY, requested_slot="petitioner_name")
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    said = texts(dispatcher)
    assert slots["petitioner_name"] == NOT_PROVIDED
    # the skip note, not the anonymity answer too
    assert "utter_skipped_name" in said and "第30条" not in said
