"""No matter is dropped and no question loops: a first story that lists matters becomes one case each, and a
thing named at the question asked is its answer, whatever the classifier thought."""

from __future__ import annotations

import pytest

from actions.matter_split import names_a_thing, split_matters
from actions.several_matters import SeveralMatters
from actions.slots import NOT_PROVIDED
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts

KNOWN = {
    "issue_text": "小区的快递柜放超过12小时就收费",
    "category": "商贸旅游",
    "location": "湖南省长沙市雨花区",
    "location_code": "430111",
}


@pytest.mark.parametrize(
    "text", ["丰巢快递柜", "豐巢快遞櫃", "美团外卖骑手", "中国移动", "拼多多上的卖家", "小区门口那个菜鸟驿站"]
)
def test_a_short_name_of_a_thing_is_an_answer(text):
    assert names_a_thing(text)


@pytest.mark.parametrize(
    "text",
    [
        "今天天气不错",
        "讲个笑话",
        "放首歌",
        "哈哈哈",
        "你真笨",
        "无聊",
        "我想吃面条",
        "好的",
        "不知道",
        "算了",
        "ok",
        "",
    ],
)
def test_small_talk_names_nothing(text):
    assert not names_a_thing(text)


@pytest.mark.parametrize("text", ["丰巢快递柜", "就是那个丰巢快递柜", "美团外卖骑手"])
async def test_a_party_the_classifier_took_for_small_talk_is_the_answer(text):
    tracker = make_tracker(text, intent="out_of_scope", requested_slot="respondent", slots=KNOWN)
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("respondent") and slots["respondent"] != NOT_PROVIDED
    assert "帮不上忙" not in texts(dispatcher)


async def test_small_talk_said_again_at_an_optional_question_lets_it_go():
    history = [
        {"event": "slot", "name": "requested_slot", "value": "respondent"},
        {"event": "user", "text": "呵呵呵", "parse_data": {"intent": {"name": "out_of_scope"}}},
        {"event": "slot", "name": "requested_slot", "value": "respondent"},
    ]
    tracker = make_tracker("呵呵呵", intent="out_of_scope", requested_slot="respondent", slots=KNOWN)
    tracker.events[:0] = history
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["respondent"] == NOT_PROVIDED  # never a third "帮不上忙": the case can still be filed
    assert "未提供" in texts(dispatcher)


@pytest.mark.parametrize(
    ("story", "first", "second"),
    [
        (
            "反映两个问题：1.公司拖欠我们半年的加班费 2.公司宿舍的消防通道被货堵死了 在东莞市长安镇",
            "加班费",
            "消防通道",
        ),
        (
            "反映兩個問題：１．廠裡拖欠工資 ２．宿舍的消防通道被貨堵死了 在東莞市長安鎮",
            "工資",
            "消防通道",
        ),
        ("我要说两件事，一是楼下饭店油烟太大，二是物业乱收停车费，都在株洲市荷塘区", "油烟", "停车费"),
        ("①村里修路的钱被挪用了 ②低保名额都给了村干部亲戚 在邵阳县", "修路", "低保"),
    ],
)
async def test_a_first_story_that_lists_matters_keeps_each(story, first, second):
    tracker = make_tracker(story, intent="tell_problem", active_loop=None)
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert first in slots["issue_text"] and second not in slots["issue_text"]
    assert [second in pending for pending in slots["pending_matters"]] == [True]
    assert slots["more_matters"] is True
    assert "您说了两件事" in texts(dispatcher) and second in texts(dispatcher)


async def test_the_place_said_after_the_list_is_where_the_first_matter_is():
    story = "反映两个问题：1.公司拖欠我们半年的加班费 2.公司宿舍的消防通道被货堵死了 在东莞市长安镇"
    tracker = make_tracker(story, intent="tell_problem", active_loop=None)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["location_code"].startswith("4419")


@pytest.mark.parametrize(
    "story",
    [
        "电费1.5元一度，比别的小区贵了一倍，在长沙市岳麓区",
        "第一次去他们说第二天再来，第二天去了又说领导不在",
        "一是一，二是二，物业就是不给我们开发票",
    ],
)
async def test_one_matter_stays_one_case(story):
    assert split_matters(story) == []
    tracker = make_tracker(story, intent="tell_problem", active_loop=None)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "pending_matters" not in slots


async def test_asking_to_split_a_list_already_split_says_so_and_keeps_the_class_named():
    known = {
        "issue_text": "我们村今年评低保不公平，在定西市安定区",
        "pending_matters": ["村支书把修路款拿去给自家盖房子了，在定西市安定区"],
        "more_matters": True,
        "category": "劳动和社会保障",
        "category_confidence": 0.62,  # the classifier's guess from the story
    }
    tracker = make_tracker(
        "这是两件事 要分开登记 先登记低保的 民政",
        intent="several_matters",
        requested_slot="legal_status",
        slots=known,
    )
    slots, dispatcher, _ = await run_action(SeveralMatters(), tracker)
    assert "已经分开了" in texts(dispatcher) and "修路款" in texts(dispatcher)
    assert slots["category"] == "民政"
    assert "pending_matters" not in slots  # the second matter still waits


async def test_a_class_the_citizen_chose_is_never_overridden_by_the_request():
    known = {"issue_text": "村里评低保不公平", "category": "民政", "category_confidence": 1.0}
    tracker = make_tracker(
        "这两件事分开登记，另一件是劳动和社会保障的",
        intent="several_matters",
        requested_slot="phone",
        slots=known,
    )
    slots, _, _ = await run_action(SeveralMatters(), tracker)
    assert "category" not in slots
