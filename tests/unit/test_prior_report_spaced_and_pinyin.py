"""The earlier report typed with a space between every word, a denial in pinyin, and the offices before how often."""

from __future__ import annotations

import pytest

from bot.domain.text import fold_keeping_offsets, normalize_for_parsing
from bot.parsing.prior_report import NO_PRIOR_REPORT, extract_prior_report, read_prior_report_answer


@pytest.mark.parametrize(
    "said",
    ["没 找过 这是 第一次", "mei 去 找过", "meiyou 反映过", "我 没有 去 问过 镇上", "沒 打過", "wei 投诉过"],
)
def test_a_denial_typed_apart_or_in_pinyin_is_no_report(said):
    assert read_prior_report_answer(said) == NO_PRIOR_REPORT


@pytest.mark.parametrize(
    ("said", "where"),
    [("没有，打过12345", "12345"), ("没有 就居委会主任来劝过", "居委会主任"), ("找过 村长 没 管", "村长")],
)
def test_a_report_after_a_no_or_before_a_denial_is_kept(said, where):
    assert where in (extract_prior_report(said) or "")


@pytest.mark.parametrize(
    ("said", "where"),
    [
        ("镇政府 县信访局 跑了三趟", "镇政府"),
        ("街道办 跑了好几趟", "街道办"),
        ("城东派出所，跑了两趟", "派出所"),
    ],
)
def test_the_offices_said_before_how_often_are_kept(said, where):
    assert where in (read_prior_report_answer(said) or "")


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("mei 找过", "没 找过"),
        ("bu 知道", "不 知道"),
        ("meiyou 钱", "没有 钱"),
        ("叫我Mei", "叫我Mei"),
        ("mei you", "mei you"),
    ],
)
def test_a_pinyin_negation_before_chinese_is_read(said, read):
    assert normalize_for_parsing(said) == read
    assert len(fold_keeping_offsets(said)) == len(said)


# "没有" answering the question before (a suit?), then the office told in words longer than one, or its reply:
# the report stays ("没有 找过社区 社区说…" read as no report put every later answer one question late)
@pytest.mark.parametrize(
    ("said", "where"),
    [
        ("没有 找过社区 社区说让我们自己协商", "社区"),
        ("没有 找过社区", "社区"),
        ("没有 找过中介门店店长 说是公司规定", "店长"),
        ("没有 找过项目经理 说找包工头", "项目经理"),
        ("没 家长群里有人打过12345 说在核实", "12345"),
        ("没有 找过拼多多客服 客服说让找商家", "客服"),
        ("冇 打電話俾物業同社區 都冇用", "物业"),
        ("没有 我们业主去年联名找过住建局 说在协调", "住建局"),
        ("没有 找过村里 村里说人家有手续", "村里"),
        ("没有 跟街道吵过一回", "街道"),
        ("没有 跟组长说过 组长说是村里定的", "组长"),
        ("没有 有家长报警了 派出所说是经济纠纷让我们起诉", "报警"),
        ("没有 报过警 派出所说已经立案了 让等着", "报过警"),
        ("没有 报过警 说是家务事", "报过警"),
        ("没有 找过 村里 村里不管", "村里"),
        ("没有 打过12345", "12345"),
        ("没有 打过12345热线 没人理", "12345"),
        ("没有 去过街道办 说等通知", "街道办"),
        ("没有 跟镇上民政办说过 说是村里评的", "民政办"),
        ("没有 找过车间主任 他说等老板回款", "车间主任"),
    ],
)
def test_a_no_to_another_question_then_the_office_told_is_a_report(said, where):
    assert where in (extract_prior_report(said) or "")
    assert where in (read_prior_report_answer(said) or "")


@pytest.mark.parametrize(
    "said",
    [
        "没 找过",
        "没有 去 找过 村里",
        "没 找过 村里",
        "从没 反映过",
        "还没 打过",
        "mei 反映过 镇上",
        "没有 没找过",
    ],
)
def test_a_denial_typed_word_by_word_stays_no_report(said):
    assert read_prior_report_answer(said) == NO_PRIOR_REPORT
