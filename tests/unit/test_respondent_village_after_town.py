"""A village whose name starts with 长 right after its town ("孙家湾镇长岭村") is no 镇长; a head of a town
said as such still is."""

from __future__ import annotations

import pytest

from bot.parsing.respondent import extract_respondent


@pytest.mark.parametrize(
    "text",
    [
        "醴陵市孙家湾镇长岭村去年修高速征了我家两亩田，补偿款打到村里账上，村委会扣着不发",
        "我是孙家湾镇长岭村的，村委会扣着补偿款不发",
        "新塘镇长安村的路坏了半年",
        "俺是王家乡长寿村的 村委会不给低保",
        "白沙镇長江村村委會不給低保",
    ],
)
def test_a_village_after_its_town_is_no_town_head(text):
    assert "镇长" not in (extract_respondent(text) or "") and "乡长" not in (extract_respondent(text) or "")


@pytest.mark.parametrize(
    ("text", "party"),
    [("镇长不管我们村的路", "镇长"), ("村长张三不给低保", "村长张三"), ("乡长天天推诿 不给办", "乡长")],
)
def test_a_town_head_is_still_one(text, party):
    assert extract_respondent(text) == party
