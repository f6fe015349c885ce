"""The words behind a classifier's "ask for a person" or "好的" while a question is open."""

import pytest

from actions.intent_words import asks_for_human, holds_no_ack


@pytest.mark.parametrize(
    "text",
    [
        "转人工",
        "轉人工啊",
        "给我转人工",
        "人工客服",
        "人工",
        "有没有真人",
        "找你们领导",
        "叫你们主任来",
        "我要跟工作人员说",
        "你说不明白，我要真人",
        "机器人听不懂",
        "人工在吗",
        "能不能让工作人员打我电话",
        "找过客服了 没用 给我转人工",  # told before, and asked now
        "我要找信访办的人说",
        "你不行，叫人来",
    ],
)
def test_a_request_for_a_person(text):
    assert asks_for_human(text)


@pytest.mark.parametrize(
    "text",
    [
        "跟美团客服投诉了",  # an earlier report, at the earlier-reports question
        "就在美团上投诉过商家 没找过政府",
        "在淘宝找过客服 客服说不归他们管",
        "找过工作人员 他们让我回去等",
        "打过12345 工作人员说在处理",
        "跟拼多多客服反映了好几次",
        "問過客服了 冇用",
        "我们有五个人",
        "物业的人说等零件",
    ],
)
def test_words_about_a_person_that_ask_for_none(text):
    assert not asks_for_human(text)


@pytest.mark.parametrize(
    "text",
    ["滴滴出行平台", "滴滴出行", "拼多多", "就是滴滴公司 打车软件那个", "美团", "13800138000", "货拉拉平台"],
)
def test_an_answer_is_no_acknowledgement(text):
    assert holds_no_ack(text)


@pytest.mark.parametrize(
    "text",
    [
        "好的",
        "好的，那我说一下",
        "对，提交",
        "有",
        "嗯嗯",
        "谢谢",
        "您好",
        "行吧",
        "OK了",
        "那就这样吧",
        "是滴滴",
        "可以的",
    ],
)
def test_a_yes_thanks_or_greeting_stays_one(text):
    assert not holds_no_ack(text)
