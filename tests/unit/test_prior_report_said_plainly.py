"""Earlier reports as people tell them: the paper the police gave is the reply, a suit against a party is no
report however it is asked ("跟政府打啥官司"), a visit the citizen says was no report is none, and a report
pointed back to ("就是报警那次") is one."""

from __future__ import annotations

import pytest

from bot.parsing.name_alone import only_introduces
from bot.parsing.prior_report import NO_PRIOR_REPORT, extract_prior_report


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("报了一回警 公安给开了个告诫书 后来还是那样", "告诫书"),
        ("去年报過警 派出所出了份调解书", "调解书"),
        ("找过派出所 民警来调解了一下", "调解"),
        ("打过12345 给了个受理单", "受理单"),
    ],
)
def test_the_paper_given_is_kept_with_the_report(text, reply):
    assert reply in extract_prior_report(text)


@pytest.mark.parametrize(
    "text", ["我跟政府打啥官司", "俺和村里打什么官司啊", "跟镇上打哪门子官司", "和厂里去告"]
)
def test_a_suit_against_a_party_is_no_report(text):
    assert extract_prior_report(text) is None


@pytest.mark.parametrize(
    "text",
    ["之前没找谁 去派出所是办身份证 不算反映", "没反映过 到社区是去盖章的，不算投诉"],
)
def test_a_visit_said_to_be_no_report_is_none(text):
    assert extract_prior_report(text) == NO_PRIOR_REPORT


def test_a_visit_said_to_be_no_report_leaves_the_others():
    assert extract_prior_report("找过街道 去派出所是办户口 不算反映") == "找过街道"


@pytest.mark.parametrize("text", ["就是报警那次", "投诉的那回 你们没记吗", "上访那一次"])
def test_a_report_pointed_back_to_is_one(text):
    assert extract_prior_report(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("我叫庞秀英", "庞秀英"),
        ("俺叫王桂芝。", "王桂芝"),
        ("本人李大力", "李大力"),
        ("我叫張秀英", "张秀英"),
    ],
)
def test_an_introduction_gives_the_name(text, name):
    assert only_introduces(text) == name


@pytest.mark.parametrize("text", ["我叫庞秀英 找过村里", "找过村里", "我姓王", "王主任说过"])
def test_more_than_an_introduction_is_not_one(text):
    assert only_introduces(text) is None
