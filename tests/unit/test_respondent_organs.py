"""Organs recorded as a clerk writes them: in their place, by today's name."""

from __future__ import annotations

import pytest

from bot.parsing.respondent_organs import official_organ_name

WANGCHENG = ["湖南省", "长沙市", "望城区", "高塘岭街道"]
TAOJIANG = ["湖南省", "益阳市", "桃江县"]
CHAOYANG = ["北京市", "市辖区", "朝阳区"]
LIUYANG = ["湖南省", "长沙市", "浏阳市"]


@pytest.mark.parametrize(
    ("said", "places", "recorded"),
    [
        ("区政府", WANGCHENG, "望城区政府"),
        ("区住建局", WANGCHENG, "望城区住建局"),
        ("区城管", WANGCHENG, "望城区城管"),
        ("街道办", WANGCHENG, "高塘岭街道办"),
        ("市政府", WANGCHENG, "长沙市政府"),
        ("省政府", WANGCHENG, "湖南省政府"),
        ("县委", TAOJIANG, "桃江县委"),
        ("县人民法院", TAOJIANG, "桃江县人民法院"),
        ("区政府", CHAOYANG, "朝阳区政府"),  # a municipality's city level is no place of its own
        ("市政府", CHAOYANG, "北京市政府"),
        ("市政府", LIUYANG, "浏阳市政府"),  # a county-level city is the nearest 市
    ],
)
def test_an_organ_named_by_its_level_gets_its_place(said, places, recorded):
    assert official_organ_name(said, places) == recorded


@pytest.mark.parametrize(
    ("said", "places"),
    [
        ("县政府", WANGCHENG),  # no county here: the citizen may mean another place
        ("镇政府", WANGCHENG),  # a 街道, not a 镇
        ("乡政府", ["河南省", "驻马店市", "上蔡县"]),  # the township is not known yet
        ("区政府", []),
        ("市场监督管理局", WANGCHENG),  # 市场 is no level
        ("市政公司", WANGCHENG),
        ("县医院", TAOJIANG),  # a hospital is no organ: its name is asked
        ("村委会", TAOJIANG),
        ("望城区人民政府", WANGCHENG),
        ("市里的信访局", WANGCHENG),  # 市里 is no level word
        ("乡下的派出所", ["湖南省", "邵阳市", "隆回县", "金石桥镇"]),
        ("镇上的派出所", ["湖南省", "邵阳市", "隆回县", "金石桥镇"]),
        ("", WANGCHENG),
    ],
)
def test_what_is_no_level_named_organ_is_kept(said, places):
    assert official_organ_name(said, places) == said


@pytest.mark.parametrize(
    ("said", "recorded"),
    [
        ("环保局", "生态环境局（原环保局）"),
        ("县環保局", "桃江县生态环境局（原环保局）"),
        ("县国土局", "桃江县自然资源局（原国土局）"),
        ("工商局", "市场监督管理局（原工商局）"),
        ("食药监局", "市场监督管理局（原食药监局）"),
        ("安监局", "应急管理局（原安监局）"),
        ("劳动局", "人力资源和社会保障局（原劳动局）"),
        ("卫生局", "卫生健康局（原卫生局）"),
        ("县农业局", "桃江县农业农村局（原农业局）"),
    ],
)
def test_an_organ_renamed_by_the_reform_is_recorded_by_todays_name(said, recorded):
    assert official_organ_name(said, TAOJIANG) == recorded


def test_todays_name_is_not_renamed_twice():
    once = official_organ_name("县环保局", TAOJIANG)
    assert official_organ_name(once, TAOJIANG) == once
    assert official_organ_name("生态环境局", TAOJIANG) == "生态环境局"
