"""The answer to "您要反映的是哪个单位或哪个人？", and a party said ahead of its question."""

from __future__ import annotations

import pytest

from bot.parsing.respondent_answer import names_nobody, names_only_a_party, read_respondent_answer


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
    ],
)
def test_the_answer_keeps_the_party(text, expected):
    assert read_respondent_answer(text) == expected


@pytest.mark.parametrize("text", ["没有", "沒有具體對象", "冇得", "没得 就是建议"])
def test_nobody_named(text):
    assert read_respondent_answer(text) is None or names_nobody(text.split()[0])


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
