"""Classes of matters fresh testers' citizens raised: interns a factory does not pay, a death or injury on a building
site and a worker's funeral grant from the employer's pension fund are 劳动和社会保障 (the employer's duty, not the
school's, the site's construction or 民政's own funeral subsidy); a veteran's 抚恤金 is 民政 (优抚); the village taking
back contracted land is 农村农业; land the government takes for too little is 国土资源; a cadre paid to spare a 违建
and a secretary hiding the collective's accounts are 纪检监察. New phrasings written for these tests, none a training example (dialect,
traditional characters, full-width digits)."""

from __future__ import annotations

import pytest

from bot.domain.category import classify_category, is_confident

TOP: list[tuple[str, str]] = [
    ("娃在职校读书 学校安排去厂里实习三个月 工资到今天一分没给", "劳动和社会保障"),
    ("實習生在廠裡上了兩個月夜班 老闆說實習的沒工資", "劳动和社会保障"),
    ("俺爹在工地上搬砖从楼上掉下来 人没了 工头不见了", "劳动和社会保障"),
    ("我哥在工地被钢筋砸伤了腰 包工头只给了５００块", "劳动和社会保障"),
    ("退伍老兵的伤残抚恤金停了三个月 退役军人局说等通知", "民政"),
    ("村里把俺家承包的五亩田收走了 包给了搞大棚的", "农村农业"),
    ("城建办那个副主任收了钱 有钱人家的违建一直不拆", "纪检监察"),
    ("我婆婆去世了 她原来厂里的丧葬费和抚恤金拖着不发", "劳动和社会保障"),
    ("县里征了俺们组四十亩地建物流仓库 每亩补偿比隔壁乡少一万多", "国土资源"),
]


@pytest.mark.parametrize(("text", "expected"), TOP)
def test_class_of_the_matter(text: str, expected: str) -> None:
    assert classify_category(text, matter=True)[0].name == expected


@pytest.mark.parametrize(
    "text",
    [
        "职业学校的学生去电子厂实习 干了一暑假 厂里说实习生不发工资",
        "伤残军人 县退役军人事务局今年不给发抚恤金了",
    ],
)
def test_plain_matters_are_not_asked(text: str) -> None:
    assert is_confident(classify_category(text, matter=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("工地晚上打桩吵得睡不着", "环境保护"),
        ("工地围挡把人行道全占了", "城乡建设"),
        ("学校强制学生交实习管理费", "教育文体"),
        ("农村低保户老人过世了 民政的丧葬补助怎么领", "民政"),
    ],
)
def test_neighbours_keep_their_class(text: str, expected: str) -> None:
    assert classify_category(text, matter=True)[0].name == expected
