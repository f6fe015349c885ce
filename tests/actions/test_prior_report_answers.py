"""Where the citizen already reported, read from the story and from the answer to the question."""

from __future__ import annotations

import pytest

from actions.correction_parse import parse_corrections
from actions.corrections import CorrectDetail
from actions.prior_report_reading import PLAN_NOTE
from actions.slots import NOT_PROVIDED
from actions.validate_intake import ValidateIntakeForm
from bot.parsing.prior_report import NO_PRIOR_REPORT
from tests.actions.conftest import make_tracker, run_action, texts

STORY = {"issue_text": "村里的自来水三天两头停，一停就是一个礼拜", "category": "城乡建设"}


async def answer(text, intent="inform", slots=None):
    tracker = make_tracker(
        text, intent=intent, requested_slot="prior_report", slots={**STORY, **(slots or {})}
    )
    return await run_action(ValidateIntakeForm(), tracker)


async def story(text, intent="tell_problem"):
    tracker = make_tracker(text, intent=intent, requested_slot="issue_text")
    return await run_action(ValidateIntakeForm(), tracker)


@pytest.mark.parametrize("intent", ["inform", "skip", "affirm", "out_of_scope"])
@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("跟院长说过", "院长"),
        ("跟居委会说过", "居委会"),
        ("找過村上 村上說不歸他們管", "村上"),
        ("去过镇上两回", "镇上"),
        ("找过医院医务科 让我们去法院告", "医务科"),
        ("社区", "社区"),
        ("打过 没人接", "打过"),
    ],
)
async def test_a_place_named_is_the_answer_whatever_the_classifier_made_of_it(text, where, intent):
    slots, _, _ = await answer(text, intent=intent)
    assert where in slots["prior_report"]


@pytest.mark.parametrize("intent", ["inform", "skip", "affirm", "deny"])
@pytest.mark.parametrize(
    "text", ["没有 这个没跟谁说过 怕报复", "还没去", "不敢去", "谁都没找", "不知道该找谁"]
)
async def test_a_denial_is_no_earlier_report(text, intent):
    slots, _, _ = await answer(text, intent=intent)
    assert slots["prior_report"] == NO_PRIOR_REPORT


@pytest.mark.parametrize("intent", ["inform", "skip", "tell_problem"])
@pytest.mark.parametrize(
    "text", ["我先打个电话问问12315再说 你等我一下", "明天准备去街道问问", "打算下周去信访局"]
)
async def test_a_plan_waits_for_the_answer(text, intent):
    slots, dispatcher, _ = await answer(text, intent=intent)
    assert slots.get("prior_report") in (None, "")  # neither stored nor skipped
    assert slots.get("prior_report") != NOT_PROVIDED
    assert PLAN_NOTE in texts(dispatcher)


async def test_several_places_are_all_kept():
    slots, _, _ = await answer("打过供热公司热线无数次 也打过12345 都说在修")
    assert "供热公司" in slots["prior_report"] and "12345" in slots["prior_report"]


async def test_coming_back_with_the_reply():
    slots, _, _ = await answer("我回来了 12315说让我找你们 之前没反映过")
    assert slots["prior_report"].startswith("12315说")


@pytest.mark.parametrize(
    "text",
    [
        "你们这些人都是吃干饭的 反映了八百遍都没用 我们村自来水老停",
        "我的事反映了半年没人管！！我们村的路到底修不修！！",
        "到处反映都没用 小区门口的路灯坏了一年了",
    ],
)
async def test_a_story_that_only_complains_of_being_ignored_leaves_the_question(text):
    slots, _, _ = await story(text)
    assert not slots.get("prior_report")


async def test_a_story_that_names_the_place_is_kept():
    slots, _, _ = await story("小区电梯坏了三个月 去年找过街道办 没人管")
    assert slots["prior_report"] == "去年找过街道办 没人管"


async def test_a_plan_in_the_story_is_neither_report_nor_respondent():
    slots, _, _ = await story("我们厂二十几个工人被欠了半年工资 想明天一起去市信访局 能不能都进去")
    assert not slots.get("prior_report")
    assert "信访局" not in (slots.get("respondent") or "")


@pytest.mark.parametrize(
    ("text", "respondent", "added"),
    [
        (
            "有几处要改：人数是三百二十户，反映对象是哈尔滨热电公司，之前还打过12345",
            "哈尔滨热电公司",
            "之前还打过12345",
        ),
        ("反映对象是镇上的自来水厂 之前也找过镇政府", "镇上的自来水厂", "之前也找过镇政府"),
        ("反映对象改成县教育局，另外还去过市信访局", "县教育局", "另外还去过市信访局"),
    ],
)
def test_a_place_reported_to_said_after_a_correction_is_its_own_detail(text, respondent, added):
    requests = {r.slot: r for r in parse_corrections(text)}
    assert requests["respondent"].value == respondent
    assert requests["prior_report"].value == added and requests["prior_report"].adds


async def test_one_more_place_said_at_the_summary_is_added_to_the_earlier_reports():
    case = {**STORY, "respondent": "供热公司", "prior_report": "打过供热公司热线无数次 都说在修"}
    case.update({"people_count": "几百户", "awaiting_confirmation": True})
    tracker = make_tracker(
        "有几处要改：人数是三百二十户，反映对象是哈尔滨热电公司，之前还打过12345",
        intent="correct_detail",
        slots=case,
        active_loop=None,
    )
    slots, _, _ = await run_action(CorrectDetail(), tracker)
    assert slots["respondent"] == "哈尔滨热电公司"
    assert (
        slots["prior_report"].startswith("打过供热公司热线无数次")
        and "之前还打过12345" in slots["prior_report"]
    )


@pytest.mark.parametrize(
    ("text", "where"),
    [("前年跟鄉裡農經站講過 叫我們自己協商", "农经站"), ("找過鎮長 說他們研究研究", "镇长")],
)
async def test_a_report_in_traditional_characters_is_filed_in_simplified(text, where):
    slots, _, _ = await answer(text)
    assert where in slots["prior_report"]
