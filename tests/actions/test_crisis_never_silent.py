"""A message the crisis action reads as a crisis always gets a reply: at the summary a threat said again that the
lexicon does not know ("对 你们要是不管我真去找他", a classifier's guess) got none (id-009)."""

from __future__ import annotations

import pytest

from actions.crisis import CONFIRM_REMINDER, DO_NOT_GO, CrisisResponse
from tests.actions.conftest import make_tracker, run_action, texts

SUMMARY = {
    "issue_text": "村主任把我家低保停了 给他亲戚了",
    "awaiting_confirmation": True,
    "petitioner_name": "赵满仓",
    "urgent": True,
    "threat_flag": True,
}


@pytest.mark.parametrize(
    "text",
    [
        "对 你们要是不管我真去找他",
        "行 不管的话我就上他家去",
        "你们不给办 我就自己去找他说理",
        "嗯 反正我话放这了",
    ],
)
async def test_a_guess_at_the_summary_is_answered_and_the_summary_asked_again(text):
    tracker = make_tracker(text, intent="threat_violence", confidence=0.59, active_loop=None, slots=SUMMARY)
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert said.strip()
    assert "110" in said and CONFIRM_REMINDER in said
    assert "没太明白" not in said


async def test_a_guess_out_of_the_intake_with_no_threat_says_no_warning_about_him():
    slots = {"urgent": True, "case_number": None}
    tracker = make_tracker("嗯 就这样吧", intent="self_harm", confidence=0.5, active_loop=None, slots=slots)
    _, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert said.strip() and DO_NOT_GO not in said
