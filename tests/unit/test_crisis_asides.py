"""After a crisis was told, the short messages that alone say little are answered kindly (actions.crisis_asides,
actions.crisis_aftercare): giving up, a visit asked for, the line about to be called, the answer asked for
again, the family told, what the lines are for. Without a crisis before, none of them is read this way."""

from __future__ import annotations

import pytest

from actions.crisis_aftercare import SAID_AGAIN, short_reply_after_crisis
from actions.crisis_asides import aside_after_crisis

LONELY = "活着没意思 老伴走了 没人管我"
PUPIL = "我不想上学了 也不想活了 同学都孤立我"
LAND = "镇里把地强征了 一分钱没给 再不给说法我就喝农药"
BEATEN = "问一下 老公打老婆 报警有用吗"
WAGES = "老板欠了我三个月工资 在东莞长安镇"


@pytest.mark.parametrize(
    "text",
    [
        "你们是不是也要告诉我爸妈",
        "会不会告訴我家裡人",
        "你们会通知学校吗",
        "别让我爸妈知道行吗",
        "老师会知道吗？",
    ],
)
def test_the_family_is_not_told_and_the_youth_line_is_given(text):
    answer = aside_after_crisis(text, PUPIL) or ""
    assert answer.startswith("不会") and "12355" in answer and "12356" in answer


def test_an_adult_hears_no_youth_line():
    answer = aside_after_crisis("你们会不会告诉我家里人", LONELY) or ""
    assert answer.startswith("不会") and "12355" not in answer


@pytest.mark.parametrize(
    "text", ["你们给我的电话有啥用 我要地钱", "别光给我电话 管不管", "打这个热线有什么用"]
)
def test_what_the_lines_are_for(text):
    answer = aside_after_crisis(text, LAND) or ""
    assert "救急" in answer and "12356" in answer and "110" in answer


@pytest.mark.parametrize("text", ["你们能来看看我吗", "能不能来个人陪陪我", "你们能不能派人来"])
def test_no_visit_but_someone_calls_and_the_line(text):
    answer = aside_after_crisis(text, LONELY) or ""
    assert "上门" in answer and "12356" in answer and "联系您" in answer


def test_someone_sent_to_a_danger_gets_110():
    answer = aside_after_crisis("就那一个小孩 你还没回答我 能不能派人来", "隔壁天天打小孩 打得哇哇哭") or ""
    assert "派不了人" in answer and "110" in answer


@pytest.mark.parametrize(
    "text", ["你们是不是也要告诉我爸妈", "你们能来看看我吗", "你们给我的电话有啥用", "能不能派人来"]
)
def test_without_a_crisis_before_nothing(text):
    assert aside_after_crisis(text, WAGES) is None


@pytest.mark.parametrize("text", ["算了 说了也没用", "说了有啥用", "没用的"])
def test_giving_up_after_self_harm_is_kept_company(text):
    reply = short_reply_after_crisis(text, LONELY) or ""
    assert reply.startswith("有用") and "12356" in reply


def test_giving_up_after_another_crisis_is_read_as_usual():
    assert short_reply_after_crisis("说了也没用", BEATEN) is None


@pytest.mark.parametrize("text", ["好 我打打看", "好的，我这就打！", "行 我打一下试试", "嗯 我去打"])
def test_calling_the_line(text):
    reply = short_reply_after_crisis(text, LONELY) or ""
    assert reply.startswith("好") and "120或110" in reply


def test_calling_the_police_after_a_danger():
    reply = short_reply_after_crisis("行 我打110", BEATEN) or ""
    assert reply.startswith("好") and "地址" in reply


@pytest.mark.parametrize("text", ["打他", "我打他一顿", "我打了"])
def test_a_blow_or_a_call_made_is_no_call_to_make(text):
    assert short_reply_after_crisis(text, BEATEN) is None


@pytest.mark.parametrize("text", ["那你回答我啊", "你倒是说啊", "你先回答我"])
def test_the_answer_asked_again_is_said_again(text):
    assert short_reply_after_crisis(text, BEATEN, "这个没人能打包票") == SAID_AGAIN + "这个没人能打包票"


def test_nothing_to_say_again_without_an_answer():
    assert short_reply_after_crisis("那你回答我啊", BEATEN, None) is None


def test_help_called_after_violence_is_told_how_to_wait():
    reply = (
        short_reply_after_crisis("打了110了 说马上来 俺好怕", "俺男人喝了酒又打俺 拿着镰刀说要砍死俺") or ""
    )
    assert reply.startswith("报了警就好") and "110" in reply
