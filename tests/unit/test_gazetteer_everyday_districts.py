"""District names that are everyday words ("房子在老城区", ht-004): no place without their city, unless the whole answer."""

from __future__ import annotations

import pytest

from bot.gazetteer import get_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return get_gazetteer()


@pytest.mark.parametrize(
    "text",
    [
        "俺娘去年走了 留下一套房子在老城区 俺哥一个人占着不让俺们进",
        "我家在老城区那边 巷子里路灯坏了",
        "住在城区 离医院远",
        "郊区的垃圾没人收",
    ],
)
def test_an_everyday_district_word_in_a_story_names_no_place(gazetteer, text: str) -> None:
    assert gazetteer.resolve(text).status == "none"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("洛阳老城区", "410302"),
        ("洛阳市老城区 房子被占了", "410302"),
        ("山西阳泉郊区", "140311"),
        ("老城区", "410302"),  # the whole answer to "发生在哪里"
    ],
)
def test_with_its_city_or_alone_it_is_the_district(gazetteer, text: str, code: str) -> None:
    result = gazetteer.resolve(text)
    assert result.status == "found" and result.location_code == code
