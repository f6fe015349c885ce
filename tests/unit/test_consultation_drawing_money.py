"""Drawing out one's own money ("公积金能取出来吗", "去哪提取") is a question about a service, answered with where to
go (住房公积金管理中心, 12329), never filed; a fine one wants cancelled stays a matter. New phrasings written for these
tests (dialect, traditional characters), none a corpus message."""

from __future__ import annotations

import pytest

from actions.consultation import consultation_answers, is_consultation
from actions.matter_kind import CONSULTATION, detect_matter_kind


@pytest.mark.parametrize(
    "text",
    [
        "辞职了 住房公积金能不能取出来啊",
        "住房公積金離職以後可以提取嗎",
        "我想问下公积金咋个取 准备回老家了",
        "不在这干了 公积金去哪提取",
    ],
)
def test_drawing_the_housing_fund_is_a_question(text: str) -> None:
    assert detect_matter_kind(text) == CONSULTATION
    assert is_consultation(text)
    assert "12329" in "".join(consultation_answers(text))


@pytest.mark.parametrize(
    "text", ["交警的罚款能不能取消 太不公平了", "公积金中心三个月都不给我办提取 一直拖着"]
)
def test_a_grievance_is_no_question_about_drawing_money(text: str) -> None:
    assert not is_consultation(text)
