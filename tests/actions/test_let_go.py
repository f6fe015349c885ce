"""An optional question answered twice with nothing readable is let go, never asked a third time."""

from __future__ import annotations

import pytest

from actions.slots import NON_ANSWER_INTENTS, NOT_PROVIDED
from actions.turn_replies import unread_answers
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts

KNOWN = {
    "issue_text": "公司拖欠我们三个月工资",
    "category": "劳动和社会保障",
    "location": "湖南省长沙市雨花区",
    "location_code": "430111",
}


def _user(text: str, intent: str = "inform") -> dict:
    return {"event": "user", "text": text, "parse_data": {"intent": {"name": intent}}}


def _asked(slot: str | None) -> dict:
    return {"event": "slot", "name": "requested_slot", "value": slot}


def _with_history(tracker, history: list[dict]):
    tracker.events[:0] = history  # earlier turns before the latest message
    return tracker


def test_unread_answers_counts_back_to_where_the_question_was_asked():
    events = [
        _asked("respondent"),
        _user("物业"),
        {"event": "slot", "name": "respondent", "value": "物业"},
        _asked("people_count"),
        _user("不涉及"),
        _asked("people_count"),  # the form asks the same question again
        _user("要收费吗", intent="ask_fees_not_an_answer"),
        _user("不涉及"),  # the message read now
    ]
    assert unread_answers(events, "people_count", frozenset()) == 2
    assert unread_answers(events, "people_count", frozenset({"ask_fees_not_an_answer"})) == 1
    assert unread_answers(events, "respondent", frozenset()) == 0  # another question was asked since
    assert unread_answers(events, None, frozenset()) == 0


async def test_the_first_unreadable_answer_is_asked_again():
    tracker = make_tracker("烦死了", requested_slot="people_count", slots=KNOWN)
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "people_count" not in slots
    assert "没太看懂" in texts(dispatcher)


@pytest.mark.parametrize(("slot", "text"), [("people_count", "烦死了"), ("respondent", "嗯嗯嗯")])
async def test_the_second_unreadable_answer_lets_the_question_go(slot, text):
    tracker = _with_history(
        make_tracker(text, requested_slot=slot, slots=KNOWN), [_asked(slot), _user(text), _asked(slot)]
    )
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots[slot] == NOT_PROVIDED
    assert "未提供" in texts(dispatcher) and "对话记录" in texts(dispatcher)


async def test_a_required_question_is_never_let_go():
    slots_known = {k: v for k, v in KNOWN.items() if k not in ("location", "location_code")}
    tracker = _with_history(
        make_tracker("嗯嗯嗯", requested_slot="location", slots=slots_known),
        [_asked("location"), _user("嗯嗯嗯"), _asked("location")],
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("location") in (None,)


def test_questions_and_small_talk_are_not_counted():
    assert "ask_privacy" in NON_ANSWER_INTENTS


async def test_a_known_detail_said_again_is_nothing_new():
    tracker = _with_history(
        make_tracker("在长沙市雨花区", requested_slot="people_count", slots=KNOWN),
        [_asked("people_count"), _user("在长沙市雨花区"), _asked("people_count")],
    )
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "问题发生地我记下了" not in texts(dispatcher)  # the same place said again is nothing new
    assert slots["people_count"] == NOT_PROVIDED
