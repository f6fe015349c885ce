"""Despair in plain words (ht-016): read as a guess the crisis action checks against the conversation, never as a
crisis on its own ("没人管" of an office stays a complaint)."""

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.domain.safety import detect_crisis
from bot.domain.safety_despair import asks_what_for, stops_the_questions, tells_despair
from bot.rasa_plugins.nlu.crisis_guard import DESPAIR_CONFIDENCE, CrisisGuard, crisis_intent


@pytest.mark.parametrize(
    "text",
    [
        "你们登记有什么用 没人管我",
        "算了 你们别问了 反正也没人在乎",
        "我就是想有人跟我说说话",
        "从那以后就没人跟我说话",
        "沒人在乎我",
        "冇人理我",
        "想找个人聊聊天",
        "一个人熬不下去了",
        "没啥盼头了",
    ],
)
def test_loneliness_and_giving_up(text):
    assert tells_despair(text)
    assert detect_crisis(text) is None  # no crisis alone
    assert crisis_intent(text) == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "这事反映了三年没人管",
        "没人管我们小区",
        "没人管我的工资",
        "再没人管我就去市政府门口拉横幅",
        "打过12345 没人理",
        "我就一个人住",
    ],
)
def test_a_complaint_about_an_office_is_no_despair(text):
    assert not tells_despair(text)


def test_despair_is_only_a_guess_for_the_crisis_action():
    message = Message(data={"text": "反正也没人在乎"})
    message.set("intent", {"name": "inform", "confidence": 0.8}, add_to_output=True)
    CrisisGuard({}).process([message])
    assert message.get("intent") == {"name": "self_harm", "confidence": DESPAIR_CONFIDENCE}
    sure = Message(data={"text": "我不想活了"})
    sure.set("intent", {"name": "inform", "confidence": 0.8}, add_to_output=True)
    CrisisGuard({}).process([sure])
    assert sure.get("intent")["confidence"] == 1.0


def test_stopping_and_asking_what_for():
    assert stops_the_questions("算了 你们别问了") and not stops_the_questions("我就是想有人跟我说说话")
    assert asks_what_for("你们登记有什么用") and not asks_what_for("没人跟我说话")


@pytest.mark.parametrize(
    "text", ["你们能不能帮帮我 我现在真的撑不住了", "我实在熬不下去了", "俺快扛不住了", "我真的撐不住了"]
)
def test_worn_out_said_of_oneself_is_despair(text):
    assert tells_despair(text)


@pytest.mark.parametrize(
    "text",
    ["厂子撑不下去了", "生意快撑不住了", "工资不发 家里撑不下去了", "我还撑得住", "店里实在撑不下去了"],
)
def test_a_business_worn_out_is_no_despair(text):
    assert not tells_despair(text)
