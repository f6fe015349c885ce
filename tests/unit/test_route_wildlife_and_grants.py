"""Wild animals eating crops and farm or poverty-relief grants not paid are the government's to answer for: no civil
dispute, nobody to sue (野生动物保护法 第19条; 行政复议法 第23条). Phrasings written for these tests (dialect,
traditional characters, full-width digits, typos, negations), none a corpus message or a route example."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route
from bot.route_model.law_acts_local import farm_subsidy_unpaid
from bot.route_model.readings_wildlife import wild_animal_damage


def _route(text: str, category: str | None = "农村农业", respondent: str | None = None):
    return decide_route(text, category, "none", respondent=respondent)


@pytest.mark.parametrize(
    "text",
    [
        "山上的野猪下来拱了俺家红薯地 一亩多全完了",
        "猴子成群下山 把果园里的桃子糟蹋得差不多了 谁来赔",
        "野豬半夜把玉米啃了一大片",  # traditional characters
        "这两年野生动物多了 花生种下去就被刨出来吃掉 损失３千多",  # full-width digits
        "黑熊把我家蜂箱扒了 蜂子全跑了",
    ],
)
def test_wild_animals_harming_crops_are_no_civil_dispute(text: str) -> None:
    assert wild_animal_damage(text)
    decided = _route(text)
    assert decided.code == "petition", decided.reason


@pytest.mark.parametrize(
    "text",
    [
        "隔壁养殖场的猪跑出来拱了我家菜地",  # a farm's animal: its keeper answers for it
        "想问问野猪能不能打",  # nothing harmed
        "邻居家养的狗把我孩子咬了",  # no wild animal
    ],
)
def test_kept_animals_or_no_harm_are_not_read(text: str) -> None:
    assert not wild_animal_damage(text)


@pytest.mark.parametrize(
    ("text", "respondent"),
    [
        ("去年买的收割机 农机购置补贴申请了一年多还没下来", "县农机中心"),
        ("俺家是贫困户 养羊补贴说好每户两千 到现在都没得", "镇政府"),
        ("產業獎補別家都發了 就我家沒批", None),  # traditional characters
        ("扶贫补助名单报上去了 镇里一直不批", "村委会"),
        ("以奖代补的钱说好给５千 一分没拿到", None),  # full-width digit
    ],
)
def test_a_grant_not_paid_is_reviewed_not_sued(text: str, respondent: str | None) -> None:
    assert farm_subsidy_unpaid(text)
    decided = _route(text, respondent=respondent)
    assert decided.code == "administrative_review"
    assert decided.variant == "review_first"


@pytest.mark.parametrize(
    "text",
    [
        "想问问产业奖补怎么申请",  # a question: nothing withheld
        "农机补贴已经到账了 谢谢",
        "合作社理事长把养牛补贴扣着不发",  # held back by whoever handed it out: public money kept
    ],
)
def test_a_grant_paid_asked_about_or_kept_by_a_handler_is_not_read(text: str) -> None:
    assert not farm_subsidy_unpaid(text)
