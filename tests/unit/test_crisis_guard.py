"""The crisis guard puts the crisis intent first, whatever the classifier or the fallback said."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.domain.safety import detect_crisis
from bot.rasa_plugins.nlu.crisis_guard import CrisisGuard, crisis_intent


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
        # indirect phrasings the learned model can miss
        ("跟爸妈说声对不起，我先走了", "self_harm"),
        ("包工头跑了，俺这辈子算了，遗书都写好了", "self_harm"),
        ("俺们几十号人明天去把镇政府大门堵了", "threat_violence"),
        ("汽油我买好了，今晚去他厂里", "threat_violence"),
        ("老公拿着刀在门外，我和孩子躲在卫生间", "domestic_violence"),
    ],
)
def test_crisis_overrides_a_fallback(text, expected):
    guard = CrisisGuard({})
    [message] = guard.process([classified(text, "nlu_fallback", 0.45)])
    assert message.get("intent") == {"name": expected, "confidence": 1.0}
    ranking = [r["name"] for r in message.get("intent_ranking")]
    assert ranking[0] == expected and "nlu_fallback" in ranking


@pytest.mark.parametrize(
    "text",
    [
        "物业费太贵了，气死我了",
        "我想打官司",
        "小区门口的炸鸡店油烟太大",
        "闹钟还没响就被工地吵醒了",
        "早上路上太堵了，公交半小时不来",
        "汽油价格又涨了",
        "好的，那我先走一步，拜拜",
        "我们不是来闹事的，就想把工钱要回来",
    ],
)
def test_ordinary_messages_are_left_alone(text):
    [message] = CrisisGuard({}).process([classified(text, "tell_problem", 0.9)])
    assert message.get("intent")["name"] == "tell_problem"


@pytest.mark.parametrize("text", ["我儿子说要跳楼", "我妈刚喝了一瓶百草枯"])
def test_someone_else_about_to_jump_is_treated_as_self_harm(text):
    [message] = CrisisGuard({}).process([classified(text, "tell_problem", 0.9)])
    assert message.get("intent")["name"] == "self_harm"


@pytest.mark.parametrize("text", ["拆迁队把我家砸了，我妈也被打伤了", "村主任打了我一巴掌"])
def test_a_victim_is_not_recorded_as_a_threat(text):
    assert crisis_intent(text) == "domestic_violence"  # the danger kind: 110/120, never 扬言
    assert "violence" not in detect_crisis(text).also
