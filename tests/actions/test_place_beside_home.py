"""Where the citizen comes from is not where the matter happened: "俺是定西…香泉镇的 … 在兰州工地干活" files the work
site's city, not the home village (hp-001: the village code 621102110 was filed for a Lanzhou building site)."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from bot.domain.text import normalize_for_parsing
from bot.parsing.place_origin import without_origin
from tests.actions.conftest import make_tracker, run_action


async def _story(text: str):
    slots, _, _ = await run_action(
        ValidateIntakeForm(), make_tracker(text, intent="tell_problem", requested_slot="issue_text")
    )
    return slots


@pytest.mark.parametrize(
    ("story", "code"),
    [
        ("俺是甘肃定西市安定区香泉镇的 包工头去年在兰州工地干活 欠俺们十二个人工钱 人跑了", "6201"),
        ("我是河南周口人 在广州白云区工地干活 老板欠了三个月工资", "440111"),
        ("我老家是四川南充的 在深圳宝安区的厂里打工 被欠工资", "440306"),
    ],
)
async def test_the_work_site_not_the_home(story, code):
    slots = await _story(story)
    assert slots["location_code"] == code


async def test_a_city_in_a_company_name_is_no_other_place():
    # the renovation was at home: "成都" in the company's name is the same city, the street stays
    slots = await _story("我是成都武侯区簇锦街道的 去年找了个装修公司叫成都锦宸装饰 干了半个月就不来人了")
    assert slots["location_code"].startswith("510107")


async def test_a_home_place_alone_is_the_place():
    slots = await _story("俺是定西安定区香泉镇的 村干部把低保给了自家亲戚")
    assert slots["location_code"].startswith("621102")


@pytest.mark.parametrize(
    ("text", "kept"),
    [("我是在兰州干活的 老板跑了", "我是在兰州干活的"), ("我是岳麓区的 施工太吵", "施工太吵")],
)
def test_only_where_they_come_from_is_taken_out(text, kept):
    assert kept in without_origin(text)


async def _answer(text: str, slots: dict):
    tracker = make_tracker(text, intent="inform", requested_slot="location", slots=slots)
    found, _, _ = await run_action(ValidateIntakeForm(), tracker)
    return found


@pytest.mark.parametrize(
    "answer",
    [
        "俺在湖南邵阳隆回县 老家 干活是在深圳宝安区",
        "隆回县是我老家，活在深圳宝安区干的",
        "老家湖南隆回县  厂在深圳宝安区",
    ],
)
async def test_asked_where_the_site_beside_the_home_is_the_answer(answer):
    # a wage story told first: asked where, the home county named with 老家 gives way to the work site
    story = {"issue_text": "在深圳厂里干了半年 老板不发工资 我回老家了", "category": "劳动和社会保障"}
    slots = await _answer(answer, story)
    assert slots["location_code"].startswith("440306")


async def test_asked_where_the_home_alone_is_still_the_answer():
    story = {"issue_text": "村里的路几年没人修", "category": "交通运输"}
    slots = await _answer("湖南邵阳隆回县 老家", story)
    assert slots["location_code"].startswith("430524")


@pytest.mark.parametrize(
    ("text", "home"),
    [("我在四川南充营山县 老家", "营山县"), ("營山縣是俺老家", "营山县"), ("老家四川营山县", "营山县")],
)
def test_a_place_with_laojia_beside_it_is_where_they_come_from(text, home):
    # read on the folded text, as the intake does (traditional characters as simplified)
    assert home not in without_origin(normalize_for_parsing(text))


@pytest.mark.parametrize(
    "text", ["回老家了 过年都过不去", "老家的房子被人占了", "在深圳打工 老家湖南邵阳的房子被强拆了"]
)
def test_laojia_without_a_place_of_its_own_takes_nothing_out(text):
    assert without_origin(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "我是在香港的女儿 替我妈反映 我爸爸在湖南衡阳衡山县老家 一直打我妈",
        "我在外地打工 我妈一个人在河南周口郸城县老家 低保被停了",
    ],
)
def test_a_parents_home_place_is_where_the_matter_is_not_the_writers_origin(text):
    assert without_origin(normalize_for_parsing(text)) == normalize_for_parsing(text)
