"""A story told with a crisis in the same breath: the crisis clauses say how desperate the citizen is, not
what the matter is about, so the category is read from the rest."""

from __future__ import annotations

import pytest

from bot.domain.category import classify_category
from bot.domain.safety import without_crisis_clauses


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("征地款拖了三年不给 我活着也没意思了 明天就去县政府门口喝农药", "征地款拖了三年不给 "),
        ("这电视剧看着也没意思", "这电视剧看着也没意思"),
        ("老板欠薪半年，再不给我就跳楼", "老板欠薪半年，"),
        ("物业不修电梯。", "物业不修电梯。"),
        ("不想活了", ""),
        (
            "养老院的护理员打我姥姥，胳膊上全是青的",
            "养老院的护理员打我姥姥，胳膊上全是青的",
        ),  # harm done is the matter
    ],
)
def test_the_crisis_clauses_are_left_out(text, kept):
    assert without_crisis_clauses(text) == kept


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("征地款拖了三年不给 我活着也没意思了 明天就去县政府门口喝农药", "国土资源"),
        ("村里强行把我家地征了，补偿一分没有，逼得我要喝农药了", "国土资源"),
        ("廠裡欠我們工資大半年了，再不給我就從樓上跳下去", "劳动和社会保障"),
        ("农药店卖假农药 庄稼全死了", "农村农业"),  # no crisis: 农药 is the matter here
        ("养老院的护理员打我姥姥，胳膊上全是青的", "民政"),
    ],
)
def test_the_category_comes_from_the_matter_not_the_threat(text, category):
    assert classify_category(text, matter=True)[0].name == category
