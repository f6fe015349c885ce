"""Asking how to reach the police unheard, a fire only feared, elder abuse at home, and a threat that is not
the matter (hm-027, hm-022, hm-009, hn-012 kinds)."""

from __future__ import annotations

import pytest

from bot.domain.safety import detect_crisis, without_crisis_clauses
from bot.domain.safety_help import (
    HELP_ONLY_REPLY,
    SMS_LINE,
    asks_help_only,
    asks_silent_help,
    asks_to_report_by_text,
    asks_us_to_call,
    call_it_yourself_reply,
    fire_only_feared,
    silent_help_reply,
)
from bot.rasa_plugins.nlu.crisis_guard import crisis_intent

HAZARD_STORY = "小区里有个托老所 消防通道堆满杂物 楼道里私拉电线给电动车充电"


@pytest.mark.parametrize(
    "text",
    [
        "能不能发短信报警",
        "報警可以發短信嗎",
        "能发信息给110吗😭",
        "110能打字报案不",
        "发短信求救有用吗",
    ],
)
def test_asking_to_report_by_text(text):
    assert asks_to_report_by_text(text)
    assert crisis_intent(text) == "domestic_violence"  # the crisis action answers it


@pytest.mark.parametrize("text", ["我不敢打电话 他会听见", "说不了话 咋报警", "不方便出声 他就在门外"])
def test_cannot_speak_while_in_danger(text):
    assert asks_silent_help(text)
    assert not asks_to_report_by_text(text)


@pytest.mark.parametrize(
    "text",
    ["他打电话给老板说不干了", "我给短信平台投诉过", "派出所发短信通知我去做笔录", "报警了 警察还没回短信"],
)
def test_no_silent_help_asked(text):
    assert not asks_to_report_by_text(text)


def test_the_sms_line_comes_from_the_knowledge_file():
    reply = silent_help_reply()
    assert reply.startswith("可以")  # a yes/no question is answered yes first
    assert SMS_LINE in reply and "110" in reply and "地址" in reply


@pytest.mark.parametrize(
    "text", ["民政吧 着火了咋整 消防也管吧", "起火了谁管", "着火了咋弄 老人都跑不动", "失火了找谁"]
)
def test_a_fire_feared_about_the_hazard_told(text):
    assert fire_only_feared(text, HAZARD_STORY)


@pytest.mark.parametrize(
    "text", ["着火了！！快来人", "着火了咋整 现在冒烟了", "着火了 老人还在屋里出不来 怎么办", "楼下着火了"]
)
def test_a_fire_now_stays_a_fire(text):
    assert not fire_only_feared(text, HAZARD_STORY)


def test_no_hazard_told_no_worry():
    assert not fire_only_feared("着火了咋整", "隔壁天天吵架")


@pytest.mark.parametrize(
    "text",
    [
        "他瘫在床上 他儿子喝了酒就打他",
        "隔壁老太太八十多了 她孙子天天打她要钱",
        "老爷子的儿媳妇经常打老人 不给饭吃",
        "她女婿喝多了就揍她",
    ],
)
def test_an_old_person_beaten_by_family_is_domestic_violence(text):
    signal = detect_crisis(text)
    assert signal is not None and signal.kind == "domestic_violence"


@pytest.mark.parametrize("text", ["他儿子打他的电话没人接", "他儿子打他的官司判了"])
def test_calling_and_suing_are_no_beating(text):
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    ["烧死在他们面前", "我要往自己身上浇汽油", "大不了把自己点了", "我就烧死我自己"],
)
def test_setting_oneself_on_fire_is_self_harm(text):
    signal = detect_crisis(text)
    assert signal is not None and "self_harm" in (signal.kind, *signal.also)


def test_a_threat_alone_leaves_no_matter():
    assert "汽油" not in without_crisis_clauses("我不想活了 明天我就带汽油去县政府门口 烧死在他们面前")


@pytest.mark.parametrize("text", ["他打我的时候她听见了", "邻居都能听到他在骂"])
def test_being_heard_is_no_question_of_help(text):
    assert not asks_silent_help(text)


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("能不能你们帮我报警", True),
        ("你们替我打110吧", True),
        ("帮我报个警 他在砸门", True),
        ("我已经报警了 警察还没到", False),
        ("报警有用吗", False),
    ],
)
def test_asking_us_to_call_the_police(text, asks):
    assert asks_us_to_call(text) is asks


def test_a_dying_phone_gets_110_first_and_the_neighbours():
    reply = call_it_yourself_reply("我手机快没电了 你们帮我报警")
    assert "110" in reply and "邻居" in reply
    assert "邻居" not in call_it_yourself_reply("你们帮我报警")


@pytest.mark.parametrize("text", ["他还在踢门", "他在外面踢门 我躲在屋里", "老公在踢门"])
def test_kicking_the_door_is_danger_now(text):
    assert detect_crisis(text) is not None


@pytest.mark.parametrize("text", ["喂 你们能帮帮我吗", "同志 帮帮我", "能不能帮帮俺啊", "你好，能帮帮我吗？"])
def test_help_asked_with_nothing_told(text):
    assert asks_help_only(text)
    assert "110" in HELP_ONLY_REPLY


@pytest.mark.parametrize("text", ["你们能帮我查一下进度吗", "我想请你们帮我要工资"])
def test_help_with_a_matter_is_no_bare_plea(text):
    assert not asks_help_only(text)
