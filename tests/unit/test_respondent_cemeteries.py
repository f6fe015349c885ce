"""Cemeteries, funeral homes and heating companies are parties by their names ("福寿园公墓", "华能热力"), like any
unit. Stories written for these tests."""

from __future__ import annotations

import pytest

from bot.parsing.respondent import extract_respondent


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("我妈的骨灰放在西山的长青公墓 公墓今年突然要收二十年的管理费", "长青公墓"),
        ("我们在金山陵园买的墓地 陵园说要补交维护费", "金山陵园"),
        ("县殡仪馆收费乱七八糟 一个骨灰盒要八千", "县殡仪馆"),
        ("屋里才十三度 找了华能热力也不来", "华能热力"),
        ("暖气不热 宏达热电说是达标的", "宏达热电"),
    ],
)
def test_a_cemetery_or_a_heating_company_is_the_party(text: str, party: str) -> None:
    assert extract_respondent(text) == party
