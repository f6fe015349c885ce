"""Paid, reimbursed or refunded only a part ("医保局说没办备案 只能报一点点 这合理吗") is a grievance, however it is
asked: the intake starts with the whole story, never only a how-to answer. New phrasings written for these tests."""

from __future__ import annotations

import pytest

from actions.matter_kind import COMPLAINT, detect_matter_kind, is_grievance

PAID_ONLY_PART = [
    "帮我爸问问 在省城住院花了五万 回来医保只能报一点点 这合理吗",
    "住院花了三万多 医保中心说没转诊 只给报了六千",
    "車子被刮了 對方保險公司只肯賠五百 這合理嗎",  # traditional characters
    "房子漏水泡坏了家具 物业只愿意赔２００块",  # full-width digits
    "俺娘的手术费社保只报了三成 说是外地医院",
    "退货退款商家只退了一半 剩下的说是手续费",
]
ASKS_HOW = [
    "异地就医备案在哪里办",
    "请问住院费怎么报销",
    "医保报销要带什么材料",
]


@pytest.mark.parametrize("story", PAID_ONLY_PART)
def test_paid_only_part_is_a_grievance(story: str) -> None:
    assert is_grievance(story)
    assert detect_matter_kind(story) == COMPLAINT


@pytest.mark.parametrize("question", ASKS_HOW)
def test_asking_how_is_not(question: str) -> None:
    assert not is_grievance(question)
