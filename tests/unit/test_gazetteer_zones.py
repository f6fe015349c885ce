"""Development zones as people name them: "郑州航空港区", "济南高新区", "长春净月高新区", "郑州经开区"."""

from __future__ import annotations

import pytest

from bot.gazetteer import get_gazetteer


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("我在郑州航空港区工地开塔吊", "410173"),  # hk-002 was filed in 新郑市
        ("鄭州航空港區", "410173"),  # traditional
        ("郑州 航空港区", "410173"),
        ("济南高新区", "370176"),
        ("郑州高新区的一个厂", "410172"),
        ("郑州经开区", "410171"),
        ("长春净月高新区", "220172"),
        ("唐山芦台经开区", "130271"),
        ("航空港区", "410173"),  # the whole answer, with its own words
        ("郑州航空港经济综合实验区", "410173"),  # the official name still works
    ],
)
def test_zones_by_their_spoken_names(text, code):
    assert get_gazetteer().resolve(text).location_code == code


def test_a_zone_said_in_a_story_needs_its_city():
    gazetteer = get_gazetteer()
    assert gazetteer.resolve("在航空港区干活").status == "none"
    assert gazetteer.resolve("在航空港区干活", context_code="4101").location_code == "410173"


@pytest.mark.parametrize("text", ["在高新区上班", "我们这个开发区", "经开区那边"])
def test_a_bare_zone_word_names_no_zone(text):
    """Every city has a 高新区 and a 经开区: no city, no zone."""
    resolution = get_gazetteer().resolve(text)
    assert resolution.location_code is None or len(resolution.location_code) != 6
