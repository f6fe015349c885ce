"""A company gone with the money paid in advance (hq-001: a decoration company, phone dead, shop shut) is told the
police too (合同诈骗, 刑法 第224条), beside the civil suit; wages owed and a plain debt are not."""

from __future__ import annotations

import pytest

from bot.domain.knowledge import load_knowledge
from bot.domain.text import normalize_for_parsing


def police_notes(story: str) -> list[str]:
    view = load_knowledge().route("litigation").resolve("civil_dispute")
    told = normalize_for_parsing(story)
    return [note.text for note in view.notes if note.about and note.concerns(told) and "公安" in note.text]


@pytest.mark.parametrize(
    "story",
    [
        "找了个装修公司 交了八万二 干了半个月就不来人了 现在电话打不通门店也关了",
        "定了一套家具 交了定金 店关了 老板联系不上",
        "裝修公司收了錢跑路了",  # traditional characters
    ],
)
def test_a_company_gone_with_the_money_is_told_the_police(story: str) -> None:
    notes = police_notes(story)
    assert notes and "合同诈骗" in notes[0]


@pytest.mark.parametrize(
    "story",
    ["邻居借了我两万块 一直不还", "包工头欠我工钱 人跑了", "楼上漏水把我家天花板泡坏了"],
)
def test_other_civil_matters_are_not(story: str) -> None:
    assert police_notes(story) == []
