"""How many owners must agree to use the maintenance fund is a plain question, answered with 民法典 第278条 and where
to ask (业委会, 住建, 12345), never filed; using the fund wrongly is still a report. New phrasings written for these
tests (dialect, traditional characters), none a corpus message."""

from __future__ import annotations

import pytest

from actions.consultation import is_consultation, office_for
from actions.matter_kind import CONSULTATION, detect_matter_kind


@pytest.mark.parametrize(
    "text",
    [
        "想问下 小区加装电梯用维修资金 要多少业主同意",
        "用维修基金修屋顶 得几成业主签字才行",
        "動用專項維修資金需要多少業主同意",
    ],
)
def test_maintenance_fund_vote_is_a_question(text: str) -> None:
    assert detect_matter_kind(text) == CONSULTATION
    assert is_consultation(text)
    answer = office_for(text)
    assert "第278条" in answer and "三分之二" in answer and "12345" in answer


def test_misuse_of_the_fund_stays_a_report() -> None:
    assert detect_matter_kind("物业把维修资金挪用了 账也不公开") != CONSULTATION
