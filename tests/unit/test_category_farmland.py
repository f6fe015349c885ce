"""Farmland named by its size or its kind ("两亩田", "责任田") speaks of the countryside (lead-040 was asked the class of
a contracted paddy given to someone else)."""

from __future__ import annotations

import pytest

from bot.domain.category import classify_category


@pytest.mark.parametrize(
    "story",
    [
        "村里把俺家承包的两亩田划给别人种了 没给俺说一声",
        "组长把我家的责任田调给他亲戚了",
        "俺家三亩地的承包田被村里收回去了",
    ],
)
def test_farmland_is_rural_first(story):
    assert classify_category(story)[0].name == "农村农业"


@pytest.mark.parametrize("story", ["我家三亩地被镇上征了 补偿款一直没给", "邻居占了我家两亩地盖房子"])
def test_land_taken_or_built_on_stays_land(story):
    assert classify_category(story)[0].name == "国土资源"
