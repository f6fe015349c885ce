"""What counts as an earlier report: an appeal on a platform or to 12123 does, and so does a labour arbitration; a
lawsuit (the court status), hiring a firm and being complained about oneself do not."""

from __future__ import annotations

import pytest

from bot.parsing.prior_report import NO_PRIOR_REPORT, extract_prior_report, read_prior_report_answer


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("之前在交管12123上申诉过被驳回了", "12123"),
        ("申诉三次都是自动回复", "申诉三次"),
        ("在APP里申诉了两回 没人理", "申诉了两回"),
        ("多次申訴都沒用", "申诉"),  # traditional characters, recorded in simplified
        ("打了１２１２３ 说让我去大队处理", "12123"),  # full-width digits, recorded half-width
        ("跟平台申诉过了，客服说查不到", "申诉过"),
        ("投诉了好几次 没人管", "投诉"),
    ],
)
def test_an_appeal_or_a_complaint_made_is_an_earlier_report(text, kept):
    found = extract_prior_report(text)
    assert found not in (None, NO_PRIOR_REPORT)
    assert kept in found


@pytest.mark.parametrize(
    "text",
    [
        "有几户自己去法院告了 我们家没有告",  # others' lawsuit: the court status, asked at its own question
        "好几家去法院起诉了",
        "去年十一月找了一家装潢公司装修房子",  # hiring a firm is the matter itself
        "找了个装修队 干了一半跑了",
        "找了一家公司做的防水",
        "可我根本没被投诉过",  # said of the citizen, not by them
        "我又没被人举报过 凭啥封我号",
    ],
)
def test_a_lawsuit_hiring_or_being_complained_about_is_no_earlier_report(text):
    assert extract_prior_report(text) in (None,)


@pytest.mark.parametrize(
    "text",
    [
        "去过法院问，说不归他们管",
        "找了物业公司 说不归他们管",
        "找过村里和镇上农经站 都推",
        "找过村主任好几回 他说是镇上定的",
    ],
)
def test_an_office_asked_in_vain_is_still_an_earlier_report(text):
    assert read_prior_report_answer(text) == text


@pytest.mark.parametrize("text", ["没有被人投诉过 也没找过谁", "还没找过谁", "没有，第一次"])
def test_a_denial_is_still_no_earlier_report(text):
    assert extract_prior_report(text) == NO_PRIOR_REPORT


@pytest.mark.parametrize(
    "said", ["打官司？我跟政府打官司？没有", "我跟政府打官司 赢了", "和物业起诉了", "跟村委会去告"]
)
def test_the_party_sued_is_no_office_told(said):
    """ "跟政府打官司" names whom one sues, not where the matter was raised (hi-018 stored it as the report)."""
    assert extract_prior_report(said) is None


@pytest.mark.parametrize("said", ["厂名叫鑫辉五金制品厂", "叫恒达物业公司", "公司全称是宁夏恒达建设有限公司"])
def test_a_party_named_late_is_no_earlier_report(said):
    """lead-036: the factory's name, said at the earlier-report question, was stored as the earlier report."""
    assert read_prior_report_answer(said) is None


@pytest.mark.parametrize(
    "story",
    [
        "老板说交了社保 我去社保局一查啥也没有",
        "去醫保局查了一下 根本沒給我交",
        "到公积金中心打了流水 一分没缴",
    ],
)
def test_a_record_looked_up_at_an_office_is_no_report(story: str) -> None:
    assert extract_prior_report(story) is None


def test_a_report_made_and_a_record_looked_up_stays_a_report() -> None:
    assert extract_prior_report("去社保局反映过 查了也没用") == "去社保局反映过 查了也没用"
    assert extract_prior_report("打12345查询了一下进度") is not None
