"""A cadre or official accused of taking money (贪污, 私吞, 冒领, 好处费, 城管 collecting from vendors) is a misconduct
report, 纪检监察, whatever the money was for (低保, 宅基地, 集体土地, stalls); a benefit unfairly allocated or stopped
with nobody accused keeps its own class, and a delivery rider's docked pay is 劳动和社会保障. New phrasings written for
these tests, none a training example (dialect, traditional characters, full-width digits)."""

from __future__ import annotations

import pytest

from bot.domain.category import classify_category

TOP: list[tuple[str, str]] = [
    ("举报我们村书记 五保户的补贴他代领了好几年 老人一分没见着", "纪检监察"),
    ("乡里土地所的人批宅基地 每户要收五千块好处费", "纪检监察"),
    ("村長把集體山林的承包費私吞了 賬從來不公開", "纪检监察"),
    ("俺村支书把村里鱼塘租出去 租金去哪了谁也不知道", "纪检监察"),
    ("城管中队的人每月找小摊贩收２００块 不给就没收东西", "纪检监察"),
    ("举报镇上干部截留危房改造补助款", "纪检监察"),
    # the neighbours keep their class
    ("俺家的低保去年底突然停了 也没个说法", "民政"),
    ("城管把路边的水果摊都赶走了 希望设个便民点", "城乡建设"),
    ("送外卖的 站点这个月乱扣我钱 工资少了好几百", "劳动和社会保障"),
    ("跑快递的工资被网点克扣了 找谁", "劳动和社会保障"),
]


@pytest.mark.parametrize(("text", "expected"), TOP)
def test_class_of_misconduct_and_neighbours(text: str, expected: str) -> None:
    assert classify_category(text, matter=True)[0].name == expected
