"""The answer to "您要反映的是哪个单位或哪个人？", and a party said ahead of its question."""

from __future__ import annotations

import pytest

from bot.parsing.respondent_answer import names_nobody, read_respondent_answer
from bot.parsing.respondent_elsewhere import doer_said, names_only_a_party, party_said_instead
from bot.parsing.respondent_written import as_written


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # spaces part clauses as commas do
        ("不知道归谁管 就是市政的下水道", "市政的下水道"),
        ("不清楚叫啥 就是村口那个砖厂", "村口那个砖厂"),
        ("名字记不得了 是个做装修的公司", "做装修的公司"),
        # what was said before, said again
        ("我刚说了啊 开发商南京鼎盛置业", "南京鼎盛置业"),
        ("前面说过了，包工头张建设", "包工头张建设"),
        ("上面写了 物业公司长城物业", "长城物业"),
        # the role with the name said right after it
        ("装修队的包工头张建设", "装修队的包工头张建设"),
        ("包工頭王德福", "包工头王德福"),
        ("对方是同村的覃某", "同村的覃某"),
        ("对方姓覃，同村的", "对方姓覃，同村"),
        ("不是物业，是开发商恒大地产", "恒大地产"),
        ("县环保局", "县环保局"),
        # what says it is no complaint goes, the party stays
        ("物业管理处吧 也不是投诉", "物业管理处"),
        ("王医生 是表扬她", "王医生"),
        # a long answer in spaces keeps what names the party, spaces and all
        (
            "开发区那个电子厂的食堂 食堂包给了外面一家公司 叫好运来餐饮",
            "开发区那个电子厂的食堂 食堂包给了外面一家公司 叫好运来餐饮",
        ),
        ("老板姓龙 叫龙志强 是包工头", "老板姓龙 叫龙志强 包工头"),
    ],
)
def test_the_answer_keeps_the_party(text, expected):
    assert read_respondent_answer(text) == expected


@pytest.mark.parametrize(
    "text", ["没有", "沒有具體對象", "冇得", "没得 就是建议", "没有具体的 只是个建议", "無 這是建議"]
)
def test_nobody_named(text):
    assert read_respondent_answer(text) is None


@pytest.mark.parametrize("text", ["没有", "没有具体对象", "無", "冇得"])
def test_nobody_in_a_word(text):
    assert names_nobody(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("村委会", "村委会"),
        ("是物业吧", "物业"),
        ("就是村委会", "村委会"),
        ("村委會啊", "村委会"),
        ("开发商南京鼎盛置业", "南京鼎盛置业"),
        ("镇政府", "镇政府"),
        ("老板", "老板"),
    ],
)
def test_a_message_that_is_only_a_party(text, expected):
    assert names_only_a_party(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "村委会旁边",
        "找过村委会",
        "村委会说不归他们管",
        "农村农业",
        "去年秋天",
        "不知道",
        "",
        None,
    ],
)
def test_a_message_that_says_more_than_a_party_is_not_one(text):
    assert names_only_a_party(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("不是合作社 是俺们村委会收的", "村委会"),
        ("不是物业，而是开发商", "开发商"),
        ("不是物業是開發商恒大地產", "恒大地产"),
        ("并不是公司的问题 是老板个人欠的", "老板"),
        ("不是镇政府，是村委会", "村委会"),
    ],
)
def test_the_party_put_in_place_of_a_denied_one(text, expected):
    assert party_said_instead(text) == expected


@pytest.mark.parametrize("text", ["不是今年 去年秋天", "不是我一个人 是全村", "不是", "物业不管", None])
def test_a_denial_of_something_else_names_no_party(text):
    assert party_said_instead(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "这个不是投诉谁 就是想请政府帮忙协调",
        "不是 没有对方 就是想请政府协调",
        "不针对谁 就是希望多装几个路灯",
    ],
)
def test_an_answer_against_nobody_names_nobody(text):
    assert names_nobody(text)
    assert read_respondent_answer(text) is None


def test_against_nobody_but_a_unit_named_keeps_the_unit():
    assert not names_nobody("不是投诉谁，是物业不管事")
    assert read_respondent_answer("不是投诉谁，是物业不管事") == "物业"


@pytest.mark.parametrize("text", ["好的，帮我登记一下", "行 你记下吧", "嗯嗯", "麻烦帮我登记"])
def test_words_to_the_bot_are_no_party(text):
    assert read_respondent_answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("不是物业装修 是楼上邻居装修 物业不管", "楼上邻居装修 物业不管"),
        ("隔壁的狗天天叫 物业不管", "隔壁的狗天天叫 物业不管"),
        ("好的 是物业", "物业"),
        ("帮我登记 物业乱收费", "物业"),
    ],
)
def test_a_neighbour_beside_the_unit_that_fails_to_act_is_kept_with_it(text, expected):
    assert read_respondent_answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("说了啊 就是跳广场舞的那帮人 不知道名字", "跳广场舞的那帮人"),
        ("说过了 是物业", "物业"),
        ("我刚说了 物业", "物业"),
        ("楼上那家人", "楼上那家人"),
    ],
)
def test_said_before_and_a_group_of_people_are_read_as_the_party(text, expected):
    from bot.parsing.respondent_answer import names_a_party

    assert read_respondent_answer(text) == expected
    assert names_a_party(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("就是前年的事 组长弄的 叫王德才", "组长王德才"),
        ("是村主任干的 他叫李富贵", "村主任李富贵"),
        ("村委会弄的", "村委会"),
        ("是城管弄的吧", "城管"),
        ("組長弄的 叫王德才", "组长王德才"),  # traditional characters
        ("国土资源 镇政府征的", "镇政府"),
        ("是城管收的", "城管"),
    ],
)
def test_who_did_it(text, expected):
    assert doer_said(text) == expected


@pytest.mark.parametrize(
    "text",
    ["前年的事 我自己弄的", "饭是我做的", "老板叫人干的 不知道是谁", "组长弄的 叫啥不知道", "我组长弄的"],
)
def test_nobody_named_as_the_doer(text):
    assert doer_said(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the role that starts its part, not what it does: the name asked for later refines it
        ("早说过了 骑车送件摔了 手腕骨裂 平台不承认 药费全是我自己出的", "平台"),
        ("主要是那个仁爱医院 他们骗我说能报 还有东湖区医保局", "仁爱医院 东湖区医保局"),
        (
            "告我两个儿子 老大叫刘建军 老二叫刘建平 他们都不管我 一分钱都不给",
            "我两个儿子 老大叫刘建军 老二叫刘建平",
        ),
        ("隔壁那个养猪场的老板姓刘 天天往河里排污水 臭得不行", "隔壁那个养猪场的老板姓刘"),
    ],
)
def test_a_long_answer_keeps_the_parts_that_name_the_party(text, expected):
    assert read_respondent_answer(text) == expected


def test_a_long_answer_naming_only_a_role_is_kept_as_it_was():
    said = "物业啊 天天乱收费 停车费涨了一倍 业主都有意见"
    assert "物业" in read_respondent_answer(said)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the police's finding in an accident is no party
        ("大车司机全责 认定书早就下来了", None),
        ("交警定了货车主要责任", None),
        # a party named beside the finding still is one
        ("对方全责 出租车公司不赔", "出租车公司"),
        # a person known by a nickname, in a story told again
        ("都讲了三年了 前年开始堆的 组里的王老五堆的", "王老五"),
        ("是村东头张老二 他把路堵了", "张老二"),
        # the citizen's own village by name: its committee
        ("村上 我们村叫杨家湾村", "杨家湾村村委会"),
        # a name read on the gate is kept with the unit
        ("叫什么不清楚 就是开发区那个砖厂 门口牌子上写的鑫旺", "开发区那个砖厂 门口牌子上写的鑫旺"),
        # a person told by surname and how one calls them, beside an office
        ("楼下那几家 领头的是202的钱大妈 还有居委会", "楼下那几家 领头的是202的钱大妈、居委会"),
    ],
)
def test_a_story_told_instead_names_only_who_did_it(text, expected):
    assert read_respondent_answer(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # how to write it and a word on the rest of the summary are no part of the party
        ("写，城关镇派出所", "城关镇派出所"),
        ("写平安养老院，其他都对", "平安养老院"),
        ("改成 鑫达物业，别的没问题", "鑫达物业"),
        # a name that starts with 写 is kept
        ("写字楼物业", "写字楼物业"),
        ("华发物业，老板姓周", "华发物业，老板姓周"),
    ],
)
def test_a_party_given_in_a_correction_is_kept_as_written_without_the_rest(value, expected):
    assert as_written(value) == expected
