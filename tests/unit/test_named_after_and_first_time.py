"""A unit's name told after its kind ("厂名叫…", "叫什么粤华物业"), the name on the ID card ("身份证上叫…") and a
first report said in Wu ("勿曾 头一趟")."""

from __future__ import annotations

import pytest

from bot.parsing.name_answer import read_name_answer
from bot.parsing.prior_report import NO_PRIOR_REPORT, read_prior_report_answer
from bot.parsing.respondent import extract_respondent
from bot.parsing.respondent_answer import read_respondent_answer


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        (
            "我在富顺县富世街道一个纸箱厂上班 厂名叫富顺县金鑫包装有限公司 上个月的工资到现在没发",
            "富顺县金鑫包装有限公司",
        ),
        ("我在一家饭店打工 店名叫老码头火锅 老板拖了两个月工资", "老码头火锅"),
    ],
)
def test_the_name_told_after_the_kind_is_the_respondent(story, expected):
    assert extract_respondent(story) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("物业 叫什么粤华物业", "粤华物业"), ("物业 叫什么不知道", "物业"), ("物业公司 叫长城物业", "长城物业")],
)
def test_a_name_after_a_filler_is_the_name(text, expected):
    assert read_respondent_answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("我姓陆 陆阿毛 身份证上叫陆根宝", "陆根宝"), ("叫我老彭 身份证上的名字是彭世军", "彭世军")],
)
def test_the_name_on_the_id_card_wins(text, expected):
    assert read_name_answer(text).name == expected


@pytest.mark.parametrize("text", ["勿曾 头一趟", "头一趟", "勿曾", "没曾去过", "第一趟来反映"])
def test_a_first_report_in_dialect_is_none_before(text):
    assert read_prior_report_answer(text) == NO_PRIOR_REPORT
