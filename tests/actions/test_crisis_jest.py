"""A threat of one's own taken back in the same message ("气得我想跳楼 开玩笑的"): a warm word with 12356 in reach,
no urgent flag, and the story starts the intake; said for real, the full card and the flag (safety first)."""

from __future__ import annotations

from actions.crisis import CrisisResponse
from tests.actions.conftest import make_tracker, run_action, texts

JEST = "小区停车费一个月涨到六百 业委会都没开会 气得我想跳河 哈哈 开玩笑的"
REAL = "小区停车费一个月涨到六百 业委会都没开会 我真的不想活了 不是开玩笑"


async def test_a_jest_gets_a_light_word_and_no_flag():
    tracker = make_tracker(JEST, intent="self_harm", confidence=1.0, active_loop=None)
    slots, dispatcher, events = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert "12356" in said and "开玩笑" in said and "通知值班工作人员" not in said
    assert not slots.get("urgent") and not slots.get("handoff_requested")
    assert slots.get("issue_text") == JEST
    assert any(e.get("event") == "followup" and e.get("name") == "intake_form" for e in events)


async def test_said_for_real_it_is_the_alarm():
    tracker = make_tracker(REAL, intent="self_harm", confidence=1.0, active_loop=None)
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert slots.get("urgent") is True and "通知值班工作人员" in texts(dispatcher)


async def test_a_jest_at_a_question_still_answers_it():
    tracker = make_tracker(
        "天心区 坡子街街道 气得我想跳楼 开个玩笑",
        intent="self_harm",
        confidence=1.0,
        requested_slot="location",
        slots={"issue_text": "物业费涨了一倍", "category": "城乡建设"},
    )
    slots, _, _ = await run_action(CrisisResponse(), tracker)
    assert not slots.get("urgent")
