"""While she hides from him, "能不能发短信报警" is answered (12110, 110 when she can speak) and no question comes in
its place; a threat alone is no story (the matter told next is), and a fire only feared gets the answer read."""

from __future__ import annotations

from datetime import date

import pytest

from actions.conversation import HandleUnclear
from actions.crisis import CrisisResponse
from actions.crisis_timing import HOLD_FOR_YOU
from actions.form_asks import crisis_category
from tests.actions.conftest import make_tracker, run_action, texts

HELD = {"urgent": True, "issue_text": "老公喝醉了又打我 我躲在卧室 他在客厅砸东西 成都武侯区"}


@pytest.mark.parametrize(
    "text", ["我不敢打电话 他会听见 能不能发短信报警", "救命 能发短信报警吗 他在外面砸东西"]
)
async def test_the_sms_question_is_answered_while_the_story_is_held(text):
    tracker = make_tracker(text, intent="domestic_violence", confidence=1.0, active_loop=None, slots=HELD)
    slots, dispatcher, events = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert "12110" in said and "110" in said
    assert "请先看这里" not in said  # her question, not the card again
    assert not any(e.get("event") == "followup" for e in events)  # no intake question
    assert slots.get("urgent") is True


async def test_the_sms_question_alone_is_only_answered():
    tracker = make_tracker(
        "请问报警可以发短信吗", intent="domestic_violence", confidence=1.0, active_loop=None
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert "12110" in texts(dispatcher)
    assert not slots  # nothing said of a danger: no flag, no story


@pytest.mark.parametrize("text", ["就现在", "现在！", "他还在"])
async def test_danger_now_in_few_words_holds_the_questions(text):
    tracker = make_tracker(text, intent="inform", active_loop=None, slots=HELD)
    slots, dispatcher, events = await run_action(HandleUnclear(), tracker)
    assert texts(dispatcher) == HOLD_FOR_YOU
    assert not any(e.get("event") == "followup" for e in events)


async def test_a_threat_alone_is_not_the_story():
    text = "我不想活了 明天我就带汽油去县政府门口 烧死在他们面前 让他们看看"
    tracker = make_tracker(text, intent="self_harm", confidence=1.0, active_loop=None)
    slots, dispatcher, events = await run_action(CrisisResponse(), tracker)
    assert "12356" in texts(dispatcher)
    assert "issue_text" not in slots and "category" not in slots
    assert not any(e.get("event") == "followup" for e in events)
    assert slots.get("urgent") is True


async def test_the_matter_told_after_the_threat_is_the_story():
    text = "河南周口郸城县 我男人的地被村里人占了五年 找了多少回都没人管 活着有啥意思"
    tracker = make_tracker(text, intent="self_harm", confidence=1.0, active_loop=None, slots={"urgent": True})
    slots, _, events = await run_action(CrisisResponse(), tracker)
    assert slots.get("issue_text") == text
    assert slots.get("category") != "政法"
    assert any(e.get("event") == "followup" and e.get("name") == "intake_form" for e in events)


def test_a_threat_to_others_does_not_make_the_matter_police():
    story = "镇上拆迁办主任再不给我个说法 我就拿刀去找他 让他们全家都付出代价"
    assert crisis_category(story) != "政法"


async def test_a_fire_feared_at_the_category_question_is_the_answer():
    story = "我们这儿有个养老院没有证 住了二十多个老人 消防通道堆满杂物 电线乱拉 北京市朝阳区"
    tracker = make_tracker(
        "民政吧 着火了咋整 消防也管吧",
        intent="domestic_violence",
        confidence=1.0,
        requested_slot="category",
        slots={"issue_text": story},
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert "请先看这里" not in texts(dispatcher)
    assert slots.get("category") == "民政"
    assert not slots.get("urgent")


CARE_HOME = {"issue_text": "我爸在养老院被护工打了一巴掌 脸都肿了 无锡市梁溪区", "occurred_at": "2026-11-25"}


async def test_the_beating_the_case_dates_last_week_answers_the_route_question(monkeypatch):
    monkeypatch.setattr("actions.crisis_reading.today", lambda: date(2026, 12, 5))
    tracker = make_tracker(
        "不是！是养老院的护工打我爸 你没看吗",
        intent="domestic_violence",
        confidence=1.0,
        active_loop=None,
        slots={**CARE_HOME, "route_question": "domestic_violence"},
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert "请先看这里" not in texts(dispatcher) and not slots.get("urgent")
    assert "route_question" in slots  # the route question is answered, not left open


@pytest.mark.parametrize("when", [None, "2026-12-04", "2026-12-05"])
async def test_a_beating_with_no_date_or_yesterday_stays_a_crisis(monkeypatch, when):
    monkeypatch.setattr("actions.crisis_reading.today", lambda: date(2026, 12, 5))
    slots = {**CARE_HOME, "occurred_at": when}
    tracker = make_tracker(
        "是养老院的护工打我爸", intent="domestic_violence", confidence=1.0, active_loop=None, slots=slots
    )
    slots_set, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert "110" in texts(dispatcher) and slots_set.get("urgent") is True


@pytest.mark.parametrize(
    "text", ["我不想活了 工资拖了半年 老板一分不给", "再不给钱我就去跳楼 三个月工资没发 包工头跑了"]
)
async def test_a_matter_told_beside_the_threat_starts_the_intake(text):
    tracker = make_tracker(text, intent="self_harm", confidence=1.0, active_loop=None)
    slots, _, events = await run_action(CrisisResponse(), tracker)
    assert slots.get("issue_text") == text
    assert any(e.get("event") == "followup" and e.get("name") == "intake_form" for e in events)


async def test_the_first_word_of_danger_gets_the_card_and_the_answer():
    text = "老公喝多了在打我 我不敢打电话报警 能发短信吗"
    tracker = make_tracker(text, intent="domestic_violence", confidence=1.0, active_loop=None)
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert "12338" in said and "12110" in said
    assert slots.get("urgent") is True


@pytest.mark.parametrize("text", ["他还在踢门 我手机快没电了 能不能你们帮我报警", "你们替我打110吧 他在踹门"])
async def test_asked_to_call_the_police_for_her_110_now_no_question(text):
    tracker = make_tracker(text, intent="ask_help", confidence=0.6, active_loop=None, slots=HELD)
    slots, dispatcher, events = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert "没法替您报警" in said and "110" in said
    assert "请先看这里" not in said  # the card was given already
    assert "遇到了什么事" not in said and not any(e.get("event") == "followup" for e in events)
    assert slots.get("urgent") is True
