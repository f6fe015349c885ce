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


@pytest.mark.parametrize(
    "said",
    [
        "衡阳县西渡镇的",
        "湖南衡阳县西渡镇梅花村",
        "在衡阳县西渡镇那边",
        "衡阳县西渡镇 解放路那个幸福小区",  # the street and the estate are more of the place
        "衡阳县西渡镇 人民路3号院",
    ],
)
async def test_a_place_alone_is_no_more_story(said):
    slots, _, _ = await run(said, "location", ANGRY)
    assert "issue_text" not in slots


async def test_a_respondent_with_a_few_words_is_no_more_story():
    slots, _, _ = await run("姓彭的包工头 叫彭建华", "respondent", ANGRY)
    assert "issue_text" not in slots


@pytest.mark.parametrize("intent", ["inform", "tell_problem"])
async def test_a_name_and_phone_with_who_one_is_are_no_more_story(intent):
    """lead-038: the daughter's name message was appended to her mother's story; only the mother's name, whom the
    matter concerns, goes into it (lead-122), as a line of its own."""
    said = "我妈叫陈桂英 我是她女儿李小红 电话留我的 一三九七七五二八八一六"
    slots, _, _ = await run(said, "petitioner_name", ANGRY, intent=intent)
    added = slots.get("issue_text", "").partition("\n")[2]
    assert added in ("", "我妈：陈桂英")


@pytest.mark.parametrize(
    ("first", "said"),
    [("村委会", "路灯坏了半年没人修"), ("低保", "俺娘的低保今年被停了"), ("物业", "电梯坏了三个月不修")],
)
async def test_the_matter_told_at_the_category_question_after_a_word_is_the_story(first, said):
    """lead-076: "村委会" taken as the story, then "路灯坏了半年没人修" at the category question was read for the
    category only, and the summary's matter stayed "村委会"."""
    slots, _, _ = await run(said, "category", {"issue_text": first}, intent="tell_problem")
    assert said in (slots.get("issue_text") or "")


async def test_a_category_named_at_its_question_is_no_story():
    slots, _, _ = await run("城乡建设", "category", {"issue_text": "村委会 路灯坏了半年没人修"})
    assert "issue_text" not in slots
