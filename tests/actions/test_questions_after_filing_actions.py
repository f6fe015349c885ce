"""Questions after filing, or "我就是问问", answered by whichever action the classifier's reading leads to; no
intake starts and nothing is stored."""

import pytest

from actions.conversation import DefaultFallback, HandleUnclear, ReplyOutOfScope
from actions.faq_reply import AnswerFaq
from tests.actions.conftest import make_tracker, run_action

FILED = {"case_number": "XF20261205-0007", "route": "administrative_review", "route_variant": "expropriation"}


def _said(dispatcher) -> str:
    return "\n".join(m.get("text") or "" for m in dispatcher.messages)


@pytest.mark.parametrize("action", [HandleUnclear(), ReplyOutOfScope(), DefaultFallback()])
async def test_when_after_filing_gets_the_route_time_limits(action):
    tracker = make_tracker("那我好久能拿到钱咯", intent="nlu_fallback", slots=FILED, active_loop=None)
    slots, dispatcher, _ = await run_action(action, tracker)
    said = _said(dispatcher)
    assert "60日内" in said and "没太明白" not in said
    assert not slots.get("issue_text")


async def test_a_faq_intent_after_filing_is_answered_for_the_case():
    tracker = make_tracker("钱好久能到手？", intent="ask_duration", slots=FILED, active_loop=None)
    _, dispatcher, _ = await run_action(AnswerFaq(), tracker)
    assert "行政复议法" in _said(dispatcher)


@pytest.mark.parametrize("text", ["我不是要反映 就是问问", "不是新的事 我就问问"])
async def test_only_asking_that_no_rule_fits(text):
    tracker = make_tracker(text, intent="correct_route", active_loop=None)
    _, dispatcher, events = await run_action(DefaultFallback(), tracker)
    assert "直接问我" in _said(dispatcher)
    assert [e["event"] for e in events] == ["rewind"]
