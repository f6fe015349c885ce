"""Matters told with another class's words (two-008, str-015, hu-031, ht-010, hp-012): a cadre handing the village's
pond to a relative is a report (纪检监察), not farming; a school making parents buy uniforms is the school's charge
(教育文体), not a shop's; a beating at home told at a market stall is not trade; a dog bite its owner will not pay
for is a police and civil matter, not health; seeds from a farm-supply shop that failed are farming. A rubbish
station's smell stays between 城乡建设 and 环境保护 and is asked. New phrasings, none a category example."""

from __future__ import annotations

import pytest

from bot.domain.category import classify_category, is_confident

SURE = [
    ("村支书把集体鱼塘包给自己女婿 承包费没进村账", "纪检监察"),
    ("孩子学校逼着每人订两套校服 不订就不让报名", "教育文体"),
    ("邻居家的狗把我咬了 去打了针 他家一分钱不出还骂人", "政法"),
    ("楼下遛狗不拴绳 狗扑上来咬了我儿子 狗主人说是孩子先逗的狗 不赔", "政法"),
    ("在镇上农资店买的玉米种 出苗不到三成 店家不认账", "农村农业"),
    ("我家宅基地让村里划给别人了", "国土资源"),  # a homestead stays a land matter
]


@pytest.mark.parametrize(("text", "expected"), SURE)
def test_the_matter_decides_the_class_not_the_place_it_is_told_in(text: str, expected: str) -> None:
    scores = classify_category(text, matter=True)
    assert scores[0].name == expected and is_confident(scores), [(s.name, s.score) for s in scores[:3]]


@pytest.mark.parametrize(
    "text",
    [
        "我在厂门口摆摊卖早点 我男人喝多了就当街打我 好几回了",
        "我老公天天打我 我在超市上班 他跑到超市来闹",
    ],
)
def test_a_beating_at_home_told_at_work_is_never_sure_of_the_trade(text: str) -> None:
    scores = classify_category(text, matter=True)
    assert not (is_confident(scores) and scores[0].name == "商贸旅游"), [
        (s.name, s.score) for s in scores[:3]
    ]


def test_a_rubbish_station_that_stinks_is_asked_between_city_and_environment() -> None:
    scores = classify_category("楼下的垃圾中转站天天臭 苍蝇也多", matter=True)
    assert not is_confident(scores)
    assert {s.name for s in scores[:2]} == {"城乡建设", "环境保护"}


@pytest.mark.parametrize("text", ["隔壁养了三条大狗", "邻居养了两条大狼狗"])
def test_dogs_kept_with_no_bite_are_not_sure_of_a_class(text: str) -> None:
    # a fragment ("隔壁养了三条大狗", then "天天半夜叫") must not be taken as a whole matter
    assert not is_confident(classify_category(text, matter=True))
