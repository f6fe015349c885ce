"""A plain matter told plainly is sure enough to file without asking its class: a pension not arriving, a livestock
farm's stench, a broken village road; dialect, traditional characters and full-width digits too. The neighbours
that share a word keep their own class (低保 and 高龄补贴 are 民政, a farm's sick pigs 农村农业). New phrasings
written for these tests, none a training example."""

from __future__ import annotations

import pytest

from bot.domain.category import classify_category, is_confident

SURE: list[tuple[str, str]] = [
    # a pension or retirement pay not arriving
    ("我姥姥的养老金好几个月没发了", "劳动和社会保障"),
    ("俺娘的养老钱咋这个月没到卡上", "劳动和社会保障"),
    ("我爸退休金這兩個月都沒到賬", "劳动和社会保障"),  # traditional characters
    ("老爷子的养老金从９月起就断了", "劳动和社会保障"),  # full-width digit
    ("额家老汉的养老金咋还不到账", "劳动和社会保障"),
    # a livestock farm's stench and effluent
    ("俺们那旮旯的养猪场 臭得没法待", "环境保护"),
    ("村口养鸡场的味熏死个人 窗都不敢开", "环境保护"),
    ("屋后头那个养牛场臭烘烘的 苍蝇到处飞", "环境保护"),
    ("養豬場的臭味整天飄到我們家", "环境保护"),
    ("猪场粪水往河里排 水都发黑发臭了", "环境保护"),
    # a broken village road
    ("俺们村的路烂了好几年 一下雨就是泥汤子", "交通运输"),
    ("我们组那条通村路全是坑 车开不进来", "交通运输"),
    ("村裡的路壞了三年沒人修", "交通运输"),
    ("进村那条路被大车压烂了 坑里全是水", "交通运输"),
    # a gas smell or leak told as a complaint: the gas supply (城乡建设), not a pollution
    ("楼上一股天然气味 燃气公司电话打不通", "城乡建设"),
    ("樓道裡煤氣味好幾天了 燃氣公司說下週才來", "城乡建设"),
    # money raised from villagers for village works: 农村农业 (农经), not the road it pays for
    ("村里修水泥路每户收了四百 说上面有补贴还要收 账也不公开", "农村农业"),
    ("村里集资修桥 每家摊五百 桥到现在影子都没有", "农村农业"),
]
NEIGHBOURS: list[tuple[str, str]] = [
    ("俺爷的低保这俩月咋没到账", "民政"),
    ("我妈的高龄补贴咋还没发", "民政"),
    ("养猪场的猪得了病 合作社也不管", "农村农业"),
    ("组里修渠每人摊了两百块钱 到现在也没个说法", "农村农业"),  # the right class, if not yet sure
]


@pytest.mark.parametrize(("text", "expected"), SURE)
def test_a_plain_matter_is_sure_of_its_class(text: str, expected: str) -> None:
    scores = classify_category(text, matter=True)
    assert scores[0].name == expected
    assert is_confident(scores), [(s.name, s.score) for s in scores[:3]]


@pytest.mark.parametrize(("text", "expected"), NEIGHBOURS)
def test_a_word_shared_with_another_class_keeps_its_own(text: str, expected: str) -> None:
    assert classify_category(text, matter=True)[0].name == expected
