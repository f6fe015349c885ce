"""An answer to the question asked that goes on with the matter keeps the rest as more of the story (lead-037 lost
the judgment, the sum and the enforcement office, told with the place)."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

ANGRY = {"issue_text": "你们这些当官的到底管不管事 俺的官司打赢两年了一分钱没拿到", "legal_status": "judged"}


async def run(text, requested_slot, slots, intent="inform"):
    tracker = make_tracker(text, intent=intent, requested_slot=requested_slot, slots=slots)
    return await run_action(ValidateIntakeForm(), tracker)


@pytest.mark.parametrize("intent", ["inform", "tell_problem"])
async def test_the_place_and_the_facts_after_it(intent):
    said = "衡阳县西渡镇的 法院判那个姓彭的包工头还俺工钱四万八 2024年判的 执行局说他没财产 他天天开着宝马转"
    slots, _, _ = await run(said, "location", ANGRY, intent=intent)
    assert "衡阳县" in slots["location"]
    assert "宝马" in slots["issue_text"] and ANGRY["issue_text"] in slots["issue_text"]


@pytest.mark.parametrize("said", ["衡阳县西渡镇的", "湖南衡阳县西渡镇梅花村", "在衡阳县西渡镇那边"])
async def test_a_place_alone_is_no_more_story(said):
    slots, _, _ = await run(said, "location", ANGRY)
    assert "issue_text" not in slots


async def test_a_respondent_with_a_few_words_is_no_more_story():
    slots, _, _ = await run("姓彭的包工头 叫彭建华", "respondent", ANGRY)
    assert "issue_text" not in slots


@pytest.mark.parametrize("intent", ["inform", "tell_problem"])
async def test_a_name_and_phone_with_who_one_is_are_no_more_story(intent):
    """lead-038: the daughter's name message was appended to her mother's story."""
    said = "我妈叫陈桂英 我是她女儿李小红 电话留我的 一三九七七五二八八一六"
    slots, _, _ = await run(said, "petitioner_name", ANGRY, intent=intent)
    assert "issue_text" not in slots
