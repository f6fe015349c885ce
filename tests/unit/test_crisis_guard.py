"""The crisis guard puts the crisis intent first, whatever the classifier or the fallback said."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.crisis_guard import CrisisGuard


def classified(text: str, intent: str, confidence: float) -> Message:
    message = Message(data={"text": text})
    message.set("intent", {"name": intent, "confidence": confidence}, add_to_output=True)
    message.set(
        "intent_ranking",
        [{"name": intent, "confidence": confidence}, {"name": "tell_problem", "confidence": 0.3}],
        add_to_output=True,
    )
    return message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("工资两年都要不回来，我真的不想活了", "self_harm"),
        ("再不解决我就去把他们厂子一把火烧了", "threat_violence"),
        ("我老公喝醉了就打我，孩子也被打", "domestic_violence"),
    ],
)
def test_crisis_overrides_a_fallback(text, expected):
    guard = CrisisGuard({})
    [message] = guard.process([classified(text, "nlu_fallback", 0.45)])
    assert message.get("intent") == {"name": expected, "confidence": 1.0}
    ranking = [r["name"] for r in message.get("intent_ranking")]
    assert ranking[0] == expected and "nlu_fallback" in ranking


@pytest.mark.parametrize("text", ["物业费太贵了，气死我了", "我想打官司", "小区门口的炸鸡店油烟太大"])
def test_ordinary_messages_are_left_alone(text):
    [message] = CrisisGuard({}).process([classified(text, "tell_problem", 0.9)])
    assert message.get("intent")["name"] == "tell_problem"


def test_someone_else_about_to_jump_is_treated_as_self_harm():
    [message] = CrisisGuard({}).process([classified("我儿子说要跳楼", "tell_problem", 0.9)])
    assert message.get("intent")["name"] == "self_harm"
