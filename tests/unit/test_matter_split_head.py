"""What a citizen says before listing matters belongs to each of them, even without punctuation; a greeting
belongs to none."""

import pytest

from actions.matter_split import split_matters


@pytest.mark.parametrize(
    ("story", "kept", "left_out"),
    [
        (
            "喂 你好 我是四川省南充市营山县绿水镇的 我想说两个事 一个是我的养老金少了两百多块 "
            "第二个是隔壁邻居家的树把我的排水沟堵了",
            "营山县绿水镇",
            "你好",
        ),
        (
            "领导你好！我住在长沙市雨花区 反映三个问题 1.物业乱收费 2.电梯老坏 3.消防通道被占",
            "雨花区",
            "领导",
        ),
        ("同志 俺是河南周口郸城的 说两件事 一是低保被取消了 二是村里的路没人修", "郸城", "同志"),
        ("您好，我們是東莞市長安鎮的，有兩件事：第一，工資拖欠三個月；第二，宿舍沒有熱水", "長安鎮", "您好"),
    ],
)
def test_the_opening_goes_with_every_matter_and_the_greeting_with_none(story, kept, left_out):
    matters = split_matters(story)
    assert len(matters) >= 2
    for matter in matters:
        assert kept in matter
        assert not matter.startswith(left_out)


def test_an_announcement_without_punctuation_is_left_out():
    matters = split_matters("我想说两个事 一个是工资拖欠 另一个是社保没交")
    assert matters == ["工资拖欠", "社保没交"]


def test_a_question_in_the_opening_ends_its_clause():
    matters = split_matters("你好？我是郴州市北湖区的？有两件事 一是路灯不亮 二是井盖丢了")
    assert matters == ["我是郴州市北湖区的，路灯不亮", "我是郴州市北湖区的，井盖丢了"]
