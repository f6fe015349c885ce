"""A story the crisis classifier was unsure of ("这不就是吃拿卡要嘛 贼气人") starts the intake with the story read,
not a form that asks for it again (hg012 was asked "请把事情说一说" and lost its place)."""

from __future__ import annotations

from actions.crisis import CrisisResponse
from tests.actions.conftest import make_tracker, run_action

STORY = (
    "俺是哈尔滨的 想举报南岗区不动产登记中心窗口那个姓赵的 办个过户 材料齐全的 他非说差这差那 暗示得给点好处 "
    "俺闺女塞了五百块第二天就办下来了 这不就是吃拿卡要嘛 贼气人"
)


async def test_the_story_is_read_when_the_intake_starts():
    tracker = make_tracker(
        STORY,
        intent="threat_violence",
        confidence=0.4,
        active_loop=None,
        ranking=[("threat_violence", 0.4), ("tell_problem", 0.35)],
    )
    slots, _, events = await run_action(CrisisResponse(), tracker)
    assert slots.get("issue_text") == STORY
    assert slots.get("location_code") == "230103"
    assert any(e.get("event") == "followup" and e.get("name") == "intake_form" for e in events)
