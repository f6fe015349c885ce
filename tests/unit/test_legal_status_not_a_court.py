"""判 of a system or an office ("系统判定我有风险", "研判") is no court's ruling: nothing is pending in court."""

from __future__ import annotations

import pytest

from bot.parsing.legal_status import detect_legal_status


@pytest.mark.parametrize(
    "text",
    [
        "发票被锁了 说系统判定我有风险",
        "平台判定我违规 封了店铺",
        "系統判定異常 開不了票",  # traditional characters
        "税务说要研判一下 让我等",
    ],
)
def test_a_judgement_by_a_system_is_no_court(text):
    assert detect_legal_status(text) is None


@pytest.mark.parametrize(
    ("text", "status"),
    [("法院判了 我不服", "judged"), ("下个月开庭", "in_court"), ("还没判", "in_court")],
)
def test_a_court_still_reads(text, status):
    assert detect_legal_status(text) == status
