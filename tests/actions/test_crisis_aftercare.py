"""The turns after the hotlines that the classifier cannot place (id-003, id-028, id-030): answered in the
conversation by the unclear-message actions, never "没太明白"; "我不想说了" after "不想活了" ends the questions."""

from __future__ import annotations

from actions.conversation import DefaultFallback, HandleUnclear
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts

LONELY = "活着没意思"
PUPIL = "我不想上学了 也不想活了 同学都孤立我 爸妈只会骂我"


def _after(text: str, earlier: str, **kwargs):
    tracker = make_tracker(text, **kwargs)
    tracker.events[:0] = [{"event": "user", "text": earlier, "parse_data": {}}]
    return tracker


async def test_a_visit_asked_for_after_despair():
    tracker = _after(
        "你们能来看看我吗", LONELY, intent="nlu_fallback", active_loop=None, slots={"urgent": True}
    )
    _, dispatcher, _ = await run_action(HandleUnclear(), tracker)
    said = texts(dispatcher)
    assert "上门" in said and "12356" in said and "没太明白" not in said


async def test_the_answer_asked_again_after_a_question_about_violence():
    tracker = _after("那你回答我啊", "问一下 老公打老婆 报警有用吗", intent="skip", active_loop=None)
    tracker.events.insert(1, {"event": "bot", "text": "这个没人能打包票，可报了警，法律就有办法管住他。"})
    _, dispatcher, _ = await run_action(DefaultFallback(), tracker)
    assert texts(dispatcher).startswith("我再说一遍：这个没人能打包票")


async def test_without_a_crisis_the_message_is_read_as_usual():
    tracker = _after("好 我打打看", "老板欠了我三个月工资", intent="nlu_fallback", active_loop=None)
    _, dispatcher, _ = await run_action(HandleUnclear(), tracker)
    assert "120或110" not in texts(dispatcher)


async def test_no_more_questions_after_self_harm():
    slots = {"issue_text": PUPIL, "urgent": True}
    for action, intent in ((ValidateIntakeForm(), "inform"), (HandleUnclear(), "nlu_fallback")):
        tracker = _after(
            "广州市白云区 我不想说了", PUPIL, intent=intent, slots=slots, requested_slot="location"
        )
        _, dispatcher, events = await run_action(action, tracker)
        said = texts(dispatcher)
        assert said.startswith("好，不问了") and "12356" in said and "什么时候" not in said
        assert {"event": "followup", "name": "action_listen"} in [
            {"event": e.get("event"), "name": e.get("name")} for e in events
        ]


async def test_submitting_after_self_harm_is_no_stop():
    slots = {"issue_text": PUPIL, "urgent": True}
    tracker = _after("算了 就这样提交吧", PUPIL, slots=slots, requested_slot="people_count")
    _, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert not texts(dispatcher).startswith("好，不问了")
