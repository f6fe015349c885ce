"""A question the classifier took for a threat, with no harm to a person in its words ("对了 鱼死了能不能叫他赔"),
gets its answer: no safety check-in, no urgent flag."""

from __future__ import annotations

from actions.crisis import CrisisResponse
from actions.crisis_reading import asks_without_harm
from tests.actions.conftest import make_tracker, run_action, texts

STORY = {
    "issue_text": "养猪场往河里排粪水 鱼都死光了 全组四十多户人都吃这河里的水",
    "category": "环境保护",
    "location": "江西省赣州市于都县禾丰镇",
    "respondent": "兴旺生态养殖场",
}


def test_questions_without_harm_are_told_apart():
    assert asks_without_harm("对了 鱼死了能不能叫他赔")
    assert asks_without_harm("庄稼都死了 能赔吗")
    assert not asks_without_harm("他再来我就跟他拼命 能不能报警")
    assert not asks_without_harm("我不想活了 有用吗")
    assert not asks_without_harm("鱼死了")  # no question


async def test_a_guessed_threat_that_only_asks_is_answered_without_alarm():
    tracker = make_tracker(
        "对了 鱼死了能不能叫他赔",
        intent="threat_violence",
        confidence=0.48,
        slots=dict(STORY),
        requested_slot="legal_status",
        ranking=[("threat_violence", 0.48), ("domestic_violence", 0.16), ("ask_what_is_petition", 0.05)],
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert "都还安全吧" not in said and "信访就是" not in said
    assert "赔" in said
    assert not slots.get("urgent")


async def test_at_the_summary_the_question_is_answered_and_the_summary_asked_again():
    tracker = make_tracker(
        "对了 鱼死了能不能叫他赔",
        intent="threat_violence",
        confidence=0.48,
        slots={**STORY, "awaiting_confirmation": True},
        active_loop=None,
        ranking=[("threat_violence", 0.48), ("domestic_violence", 0.16)],
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert "赔" in texts(dispatcher) and "都还安全吧" not in texts(dispatcher)
    assert dispatcher.messages[-1].get("response") == "utter_ask_confirm"
    assert not slots.get("urgent")
