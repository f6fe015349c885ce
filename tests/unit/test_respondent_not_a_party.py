"""What a story says beside a party that is no party: a denial of one's own fault ("不是我犯错，是…"), the money
taken ("骗了我们的房款"), and a unit's other, proper name said after it ("还是叫…", a hedge "反正就是…")."""

from __future__ import annotations

import pytest

from bot.parsing.respondent_answer import read_respondent_answer
from bot.parsing.respondent_debtor import debtor_named
from bot.parsing.respondent_elsewhere import party_said_instead


@pytest.mark.parametrize(
    "text",
    [
        "不是我犯错，是组长看我不顺眼",
        "不是我的问题 是班长故意刁难",
        "並不是我遲到 是經理找茬",  # traditional characters
        "不是俺不交 是队长不收",
    ],
)
def test_a_denial_of_ones_own_fault_puts_no_party_in_place(text):
    assert party_said_instead(text) is None


@pytest.mark.parametrize(
    ("text", "party"),
    [("不是物业 是开发商", "开发商"), ("不是村委会，是镇政府", "镇政府")],
)
def test_a_party_put_in_place_of_a_party_is_still_read(text, party):
    assert party_said_instead(text) == party


@pytest.mark.parametrize(
    "text",
    [
        "中介骗了我们的房款跑了",
        "老板骗了俺们的钱款 人不见了",
        "村里占了我家的地基不还",
        "他坑了我的货款跑了",
        "包工头骗了我们的车钱跑了",
    ],
)
def test_what_was_taken_is_no_debtor(text):
    assert debtor_named(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [("骗了我们的那个人叫李德福", "李德福"), ("欠我钱的任大庆 他跑了", "任大庆")],
)
def test_the_person_who_took_it_is_still_named(text, name):
    assert debtor_named(text) == name


@pytest.mark.parametrize(
    ("said", "party"),
    [
        ("长沙水务 还是叫长沙水业集团 反正就是自来水公司", "长沙水业集团"),
        ("华润燃气 或者叫华润燃气有限公司", "华润燃气有限公司"),
        ("國網供電 還是叫國網長沙供電公司", "国网长沙供电公司"),  # traditional characters
    ],
)
def test_a_unit_called_by_its_proper_name_after_is_that_name(said, party):
    assert read_respondent_answer(said) == party


@pytest.mark.parametrize(
    ("said", "party"),
    [("鸿运物业 反正就是物业公司", "鸿运物业"), ("住建局 还是街道 我不清楚", "住建局")],
)
def test_a_hedge_or_a_doubt_after_the_party_is_no_part_of_it(said, party):
    assert read_respondent_answer(said) == party
