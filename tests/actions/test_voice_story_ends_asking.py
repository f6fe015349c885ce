"""A story told in one breath (voice input, no stops) that ends with a question keeps the story."""

from __future__ import annotations

import pytest

from actions.turn_context import reading_text
from actions.validate_intake import ValidateIntakeForm
from actions.voice_questions import question_start
from tests.actions.conftest import make_tracker, run_action

VOICE_STORY = (
    "我是送外卖的在昆明官渡区上个月送餐的时候被一辆小汽车撞了平台说我不是他们员工不算公伤"
    "医药费花了两万多块想问问这个算不算公伤"
)


async def test_a_voice_story_ending_with_a_question_is_the_matter():
    """hk-021: the whole story was taken for a question and the bot asked '请把事情说一说'. Asked as a question
    ("想问问"), it is answered and held until the citizen goes on (actions.question_first): the next question is
    never the story's, and the story and its place are read with the next answer."""
    tracker = make_tracker(VOICE_STORY, requested_slot=None, active_loop=None, intent="tell_problem")
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "issue_text" not in slots and slots["requested_slot"] not in (None, "issue_text")
    asked = slots["requested_slot"]
    after = make_tracker("上个月十八号晚上", requested_slot=asked, intent="inform")
    after.events[:0] = [
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": VOICE_STORY},
        {"event": "slot", "name": "requested_slot", "value": asked},
    ]
    slots, _, _ = await run_action(ValidateIntakeForm(), after)
    assert slots.get("issue_text", "").startswith(VOICE_STORY)
    assert (slots.get("location_code") or "").startswith("530111")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("老板欠我工资三个月了一直不给我想问问能不能去劳动局告他", "老板欠我工资三个月了一直不给"),
        ("隔壁工地天天晚上施工吵得睡不着觉请问这个归哪个部门管", "隔壁工地天天晚上施工吵得睡不着觉"),
        (
            "我妈的养老金从八月份开始就停发了社保所也不给说法这个合不合法",
            "我妈的养老金从八月份开始就停发了社保所也不给说法",
        ),
        ("我爸在工地摔断了腿老板不认账我就想知道这种情况算不算工伤", "我爸在工地摔断了腿老板不认账"),
    ],
)
def test_the_story_before_the_question_is_read(text, kept):
    assert reading_text(text).startswith(kept)


@pytest.mark.parametrize(
    "text",
    [
        "想问问低保怎么申请",
        "我想问一下高龄补贴每个月能领多少钱啊",  # only a question, however long
        "请问信访和起诉能不能同时进行",
        "我家老人八十多岁了想问问高龄补贴怎么领",  # too little before the question to be a story
    ],
)
def test_a_plain_question_stays_a_question(text):
    assert question_start(text) == 0
