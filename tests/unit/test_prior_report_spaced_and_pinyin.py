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
