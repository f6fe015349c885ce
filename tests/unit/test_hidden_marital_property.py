"""Property a spouse hid or moved in a divorce is divided with less or none to that spouse, and again after the
divorce (民法典 第1092条); a married-out daughter's share of the village's money stays hers (the villagers' row)."""

from __future__ import annotations

import pytest

from actions.own_matter_questions import asked_key
from bot.domain import text as textutil


def _key(told: str, clause: str) -> str | None:
    return asked_key(
        textutil.normalize_for_parsing(clause), textutil.normalize_for_parsing(f"{told}\n{clause}")
    )


HIDDEN = [
    ("正在离婚 老公偷偷把一套房过户给他妈了", "他转走的钱离婚时候还能分回来吗"),
    ("我问的是离婚 老公藏起来转走的存款和房子", "法院分财产的时候能算进去吗"),
    ("闹离婚呢 她把家里的存款都转到她弟那了", "这钱还能要回来不"),
    ("離婚前他把錢轉走了", "還能分回來嗎"),  # traditional characters
    ("离了婚才发现他早把股票偷偷卖了", "能追回吗"),
]


@pytest.mark.parametrize(("told", "clause"), HIDDEN)
def test_hidden_property_in_a_divorce(told: str, clause: str) -> None:
    assert _key(told, clause) == "hidden_marital_property"


NOT_HIDDEN = [
    ("我是嫁出去的闺女 离婚了", "村里的钱我能分吗"),  # a married-out daughter's share
    ("离婚了 孩子归我", "抚养费怎么算"),
    ("他转走了我八万块 不是夫妻", "能要回来吗"),  # no divorce
]


@pytest.mark.parametrize(("told", "clause"), NOT_HIDDEN)
def test_other_shares_are_not_hidden_property(told: str, clause: str) -> None:
    assert _key(told, clause) != "hidden_marital_property"
