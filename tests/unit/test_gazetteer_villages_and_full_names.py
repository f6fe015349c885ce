"""A village named after a county is no mention of that county (长岭村 is not 长岭县), and a county named in
full outweighs another county's bare short form said beside it (城关区 … 南关那个营业部)."""

from __future__ import annotations

import pytest

from bot.gazetteer import get_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return get_gazetteer()


@pytest.mark.parametrize(
    "text",
    ["一样 还是长岭村", "长岭村五组", "俺是长岭村的", "長嶺村", "就在南关屯", "天河村那边", "长岭寨子里"],
)
def test_a_village_named_like_a_county_is_not_that_county(gazetteer, text):
    assert gazetteer.resolve(text).status == "none"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("醴陵市孙家湾镇长岭村去年修高速征了我家两亩田", "430281125"),
        ("长岭县长岭村", "220722"),
        ("吉林长岭县", "220722"),
        ("我家在沛县村里", "320322"),
        ("长岭村 在醴陵市", "430281"),
    ],
)
def test_the_place_around_the_village_is_still_read(gazetteer, text, code):
    found = gazetteer.resolve(text)
    assert found.status == "found" and found.location_code == code


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("城关区 公积金中心在南关那个营业部", {"540102", "620102"}),
        ("城关区，南关那边的营业部", {"540102", "620102"}),
    ],
)
def test_a_county_named_in_full_outweighs_a_bare_short_form(gazetteer, text, codes):
    found = gazetteer.resolve(text)
    assert found.status == "ambiguous"
    assert {c.code for c in found.candidates} == codes  # 长春市南关区 is not offered


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        ("城关区 公积金中心在南关那个营业部", "6201", "620102"),
        ("兰州城关区", None, "620102"),
        ("甘肃兰州城关区 南关营业部", None, "620102"),
        ("北京朝阳", None, "110105"),
    ],
)
def test_a_city_and_its_district_are_not_asked_back(gazetteer, text, context, code):
    found = gazetteer.resolve(text, context)
    assert found.status == "found" and found.location_code == code


def test_a_province_said_beside_another_provinces_district_is_still_asked(gazetteer):
    assert gazetteer.resolve("湖南 天河区").status == "ambiguous"


@pytest.mark.parametrize("text", ["到现在连个信都莫得", "连个信都没有", "报警两个月了 连个信都冇"])
def test_not_even_a_word_is_no_place(gazetteer, text):
    """hl-004: "连个信都莫得" (not even a word back) was filed as 河北省邢台市信都区."""
    assert gazetteer.resolve(text).status == "none"


@pytest.mark.parametrize(("text", "code"), [("一个成都人", "5101"), ("邢台信都区", "130503")])
def test_the_same_characters_as_a_place_still_are(gazetteer, text, code):
    assert gazetteer.resolve(text).location_code.startswith(code)
