"""The overcrowded-vehicle warning (道路交通安全法 第49条) is said when the story tells of a crowded bus or van,
not whenever a school bus is named (stories read normalised, as the summary reads them): a village with no school bus at all gets no warning about overcrowding."""

from __future__ import annotations

import pytest

from bot.domain.knowledge import load_knowledge
from bot.domain.text import normalize_for_parsing


def _overloaded_notes():
    knowledge = load_knowledge()
    notes = [
        note
        for code in knowledge.routes
        for note in knowledge.route(code).resolve(None).notes
        if "超员" in note.text
    ]
    assert notes
    return notes


@pytest.mark.parametrize(
    "story",
    [
        "学校撤了 镇上又不通校车 娃娃天天走十几里山路",
        "我们这里没有校车 孩子只能走路去上学",
        "校车司机开得太快 家长都担心",
        "學校沒得校車 冬天路上結冰",  # traditional characters
    ],
)
def test_no_warning_without_crowding(story: str) -> None:
    assert not any(note.concerns(normalize_for_parsing(story)) for note in _overloaded_notes())


@pytest.mark.parametrize(
    "story",
    [
        "接娃的面包车天天超载 塞了十几个孩子",
        "校车挤得门都关不上",
        "校車超員 二十座坐了三十多人",
        "那车坐不下了还往上塞人",
    ],
)
def test_warning_for_a_crowded_vehicle(story: str) -> None:
    assert any(note.concerns(normalize_for_parsing(story)) for note in _overloaded_notes())


@pytest.mark.parametrize(
    "story",
    [
        "我的半挂车在超限站被查超载 罚了两千",
        "拉货的货车超载被扣了",
        "渣土车超载 天天压坏路",
        "貨車超載被罰",  # traditional characters
    ],
)
def test_no_passenger_warning_for_a_loaded_lorry(story: str) -> None:
    assert not any(note.concerns(normalize_for_parsing(story)) for note in _overloaded_notes())
