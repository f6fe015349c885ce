"""Someone beaten at home asks whether she may divorce or keep him away, once the hotlines were given: the answer,
not the hotline block again; harm going on now still gets the crisis reply."""

from __future__ import annotations

import pytest

from actions.crisis import CrisisResponse
from tests.actions.conftest import make_tracker, run_action, texts

STORY = "我老公喝了酒就打我 昨天晚上又打了 脸都肿了 我不敢回家 在我妈这"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("我在我妈家 株洲市芦淞区 我能离婚吗 他说离婚就弄死我", "起诉离婚"),
        ("你还没回答我 我能不能离婚 他会不会真弄死我 能不能让他别靠近我", "人身安全保护令"),
    ],
)
async def test_divorce_or_keeping_him_away_asked_after_the_alarm_is_answered(text, answer):
    tracker = make_tracker(
        text,
        intent="domestic_violence",
        confidence=0.95,
        requested_slot="location",
        slots={"issue_text": STORY, "urgent": True},
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert answer in said and "110" in said
    assert "通知值班" not in said  # the hotline block is not said again
    assert slots["urgent"] is True


async def test_harm_going_on_now_gets_the_crisis_reply_again():
    tracker = make_tracker(
        "他又来了 在踹门 我能离婚吗",
        intent="domestic_violence",
        confidence=0.95,
        requested_slot="location",
        slots={"issue_text": STORY, "urgent": True},
    )
    _, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert "110" in said and "起诉离婚" not in said  # the alarm first, the divorce can wait
