"""Everyday matters that borrow another class's words (ht-020, hq-001, lead-040): a neighbour's rubbish at the
door is the estate's (城乡建设), not pollution; a decoration company gone with the money is a market matter (商贸旅游),
not labour; a contracted field given to others is farming (农村农业), sure enough not to be asked. New phrasings
written for these tests, none a category example."""

from __future__ import annotations

import pytest

from bot.domain.category import classify_category, is_confident

CASES = [
    ("隔壁那户老把垃圾堆在我家门口 说了不听", "城乡建设"),
    ("对门天天把垃圾袋扔楼道里 臭死了😤", "城乡建设"),
    ("装修公司收了六万块 干了一个礼拜就不来人了 老板电话也打不通", "商贸旅游"),
    ("家装公司拿了定金跑路了 门店都关了", "商贸旅游"),
    ("组里把俺家的两亩责任田给了别人种 也没跟俺商量", "农村农业"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_everyday_matter_keeps_its_own_class(text: str, expected: str) -> None:
    scores = classify_category(text, matter=True)
    assert scores[0].name == expected, [(s.name, round(s.score, 2)) for s in scores[:3]]


def test_a_field_given_to_others_is_not_asked_its_class() -> None:
    scores = classify_category("村里把俺家承包的田划给别人种了 也没跟俺说一声", matter=True)
    assert scores[0].name == "农村农业" and is_confident(scores)


def test_a_rabies_shot_asked_about_alone_stays_a_health_matter() -> None:
    assert classify_category("打狂犬疫苗要自费吗 哪里能打", matter=True)[0].name == "卫生计生"
