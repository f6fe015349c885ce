"""Turns fresh testers' citizens wrote that the intake misread (issue 15): a rhetorical question that answers
the court question, a time told ahead taken for stop, a thanks mid-way. Inputs written for these tests."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts

STORY = {"issue_text": "俺家老爷子住院花了三万多 医保才报了几千块", "category": "劳动和社会保障"}


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("那玩意儿打啥官司啊 没有", "ask_what_is_petition"),
        ("打么子官司哦 冇得", "ask_channels"),
        ("我一个老婆子打什么官司 没有", "ask_what_is_petition"),
        ("打啥官司呀 哪有钱请律师", "ask_channels"),
        ("没有 告啥状啊", "ask_next_steps"),
        ("木有 官司打不起", "ask_channels"),
    ],
)
async def test_a_rhetorical_question_at_the_court_question_answers_no(text, intent):
    tracker = make_tracker(text, intent=intent, slots=STORY, requested_slot="legal_status")
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["legal_status"] == "none"
    assert "信访就是" not in texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("要不要打官司？", "ask_channels"),
        ("打官司要花多少钱", "ask_channels"),
        ("我能起诉他们吗", "ask_next_steps"),
    ],
)
async def test_a_real_question_about_court_still_goes_to_the_rules(text, intent):
    tracker = make_tracker(text, intent=intent, slots=STORY, requested_slot="legal_status")
    slots, _, events = await run_action(ValidateIntakeForm(), tracker)
    assert "legal_status" not in slots and events == []
