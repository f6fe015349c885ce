"""Messages the classifier was unsure of (nlu_fallback) still read as what they plainly are: a short grievance
starts the intake (he-002), more of the story during the intake is added to it (dc-008), and a question at the
summary is answered while the summary waits (hg035) instead of starting a new intake."""

from __future__ import annotations

import pytest

from actions.conversation import HandleUnclear
from actions.crisis import CONFIRM_REMINDER
from tests.actions.conftest import make_tracker, run_action, texts

STORY = "济南市历下区那个华联超市卖过期奶粉 我前天买的 孩子喝了拉肚子"


@pytest.mark.parametrize("text", ["在东莞打工 老板欠工资", "物业一直不给修电梯 老人下不了楼"])
async def test_a_short_grievance_starts_the_intake(text) -> None:
    slots, dispatcher, events = await run_action(
        HandleUnclear(), make_tracker(text, intent="nlu_fallback", active_loop=None)
    )
    assert slots.get("issue_text") and "没太明白" not in texts(dispatcher)


@pytest.mark.parametrize("text", ["你好", "物业不管"])
async def test_a_greeting_or_a_fragment_starts_nothing(text) -> None:
    slots, _, _ = await run_action(
        HandleUnclear(), make_tracker(text, intent="nlu_fallback", active_loop=None)
    )
    assert not slots.get("issue_text")


async def test_more_of_the_story_during_the_intake_is_added() -> None:
    slots, dispatcher, _ = await run_action(
        HandleUnclear(),
        make_tracker(
            "超市说不退 就给换一罐 这不是糊弄人吗",
            intent="nlu_fallback",
            slots={"issue_text": STORY, "category": "商贸旅游", "location_code": "370102"},
            requested_slot="legal_status",
        ),
    )
    assert "换一罐" in slots["issue_text"] and "没太看懂" not in texts(dispatcher)


async def test_a_question_at_the_summary_is_answered_and_the_summary_waits() -> None:
    story = "我爸的养老金这个月突然停了 社保局说没做生存认证 老人不会用手机啊 宝鸡渭滨区"
    slots, dispatcher, _ = await run_action(
        HandleUnclear(),
        make_tracker(
            "能让他们上门认证吗 老人真下不了床",
            intent="nlu_fallback",
            slots={"issue_text": story, "awaiting_confirmation": True, "category": "劳动和社会保障"},
            active_loop=None,
        ),
    )
    said = texts(dispatcher)
    assert "12333" in said and CONFIRM_REMINDER in said
    assert slots.get("issue_text", story) == story
