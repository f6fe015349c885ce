"""Where the citizen comes from is not where the matter happened: "俺是定西…香泉镇的 … 在兰州工地干活" files the work
site's city, not the home village (hp-001: the village code 621102110 was filed for a Lanzhou building site)."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
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
