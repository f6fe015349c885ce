"""After "不想活了", the despair said again in plain words (ht-016) is kept company with: 12356 every time, never a
lecture, "没太明白" or the next question in its place; "别问了" ends the questions; an answer beside it is kept."""

from __future__ import annotations

from actions.crisis import CrisisResponse
from tests.actions.conftest import make_tracker, run_action, texts

EARLIER = "我活着也没什么意思了 老伴走了 儿女都不来看我 不想活了"


def _despair(text: str, *, earlier: str | None = EARLIER, urgent: bool = True, **kwargs):
    slots = {"urgent": True} if urgent else {}
    tracker = make_tracker(text, intent="self_harm", confidence=0.5, slots=slots, **kwargs)
    if earlier:
        tracker.events[:0] = [{"event": "user", "text": earlier, "parse_data": {}}]
    return tracker


def _kinds(events: list) -> list[str]:
    return [e.get("event") for e in events]


async def test_what_for_is_answered_with_company_not_the_law():
    tracker = _despair("你们登记有什么用 没人管我", requested_slot="location")
    _, dispatcher, events = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert said.startswith("有用") and "12356" in said and "第31条" not in said
    assert "active_loop" not in _kinds(events)  # the questions go on, gently


async def test_stop_ends_the_questions_and_keeps_the_line():
    tracker = _despair("算了 你们别问了 反正也没人在乎", requested_slot="respondent")
    _, dispatcher, events = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert said.startswith("好，不问了") and "12356" in said
    assert {"name": None} in [{"name": e.get("name")} for e in events if e.get("event") == "active_loop"]
    assert any(e.get("event") == "followup" and e.get("name") == "action_listen" for e in events)


async def test_wanting_someone_to_talk_to_after_the_intake_stopped():
    tracker = _despair("我就是想有人跟我说说话", active_loop=None)
    _, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert "12356" in said and "没太明白" not in said


async def test_an_answer_said_with_the_despair_is_kept():
    tracker = _despair(
        "老伴今年春天走的 从那以后就没人跟我说话 你们能不能找个人来看看我", requested_slot="occurred_at"
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert slots.get("occurred_at") and "12356" in texts(dispatcher)
    assert slots.get("handoff_requested") is True


async def test_without_a_crisis_before_no_company():
    tracker = _despair("我就是想有人跟我说说话", earlier=None, urgent=False, active_loop=None)
    _, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert "有专业的人陪您聊" not in texts(dispatcher)


async def test_leaving_him_out_is_answered_not_alarmed_again():
    tracker = make_tracker(
        "能不能别写他名字 写了他知道是我告的 更要打我",
        intent="domestic_violence",
        confidence=1.0,
        slots={"urgent": True, "issue_text": "我老公又打我了 不过你们别报警 我不想闹大"},
        requested_slot="respondent",
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert said.startswith("可以。") and "跳过" in said and "请先看这里" not in said
    assert "respondent" not in slots


async def test_the_order_with_the_divorce_at_the_summary_is_answered_and_the_summary_asked_again():
    tracker = make_tracker(
        "对 那保护令和离婚到底能不能一起办",
        intent="domestic_violence",
        confidence=1.0,
        active_loop=None,
        slots={
            "urgent": True,
            "awaiting_confirmation": True,
            "issue_text": "我要离婚 他打了我八年 我想问保护令和离婚能一起办吗",
        },
    )
    _, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert said.startswith("能，两件事都找法院") and "起诉离婚" in said and "utter_ask_confirm" in said
