"""A question following up what was just answered or filed is answered, never stored as a new matter's story
(he-008, hf-005, hf-013: the question opened a new intake)."""

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("刚才问的 我妈能直接去法院告村委会吗？", "tell_problem"),
        ("我不是要再登记 就是问一下能不能告", "tell_problem"),
        ("那没备案的还能补吗 人已经出院了", "inform"),
        ("那我妈的低保还能恢复不", "tell_problem"),
        ("对了 这个要多久才有结果呢", "inform"),
    ],
)
async def test_a_follow_up_question_is_no_story(said, intent):
    tracker = make_tracker(said, intent=intent, slots={"case_number": "XF20261205-0001"}, active_loop=None)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "issue_text" not in slots


@pytest.mark.parametrize(
    "said",
    ["那个村支书把低保名额给了自己亲戚 能不能查一下", "我家门口的路灯坏了三个月了 一直没人修"],
)
async def test_a_new_matter_is_still_a_story(said):
    tracker = make_tracker(said, intent="tell_problem", active_loop=None)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("issue_text")
