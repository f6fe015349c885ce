"""Where lifts meet two classes (docs/legal.md §6): the department files lifts as special equipment under the market
regulator (商贸旅游), also a compound's lift that breaks down and is not repaired (95 of its 132 lift letters), and
the bot follows it; the property company's charges stay 城乡建设. New phrasings written for these tests, none a
training example."""

from __future__ import annotations

import pytest

from bot.domain.category import classify_category

NOT_REPAIRED = [
    "小区的电梯坏了两个礼拜 物业一直拖着",
    "我们这栋楼电梯停了快一个月 物业说没钱修",
    "電梯壞咗成個月 物業唔理",  # Cantonese, traditional characters
    "单元楼电梯天天出毛病 找物业也不修",
    "俺们楼的电梯坏了 物业光收钱不修",
    "电梯停用２０多天了 物业一句话都没有",  # full-width digits
]
UNSAFE = [
    "电梯把我妈困在里面半小时 维保单位也不来",
    "商场的扶梯突然倒转 好几个人摔倒了",
    "电梯年检标志过期半年了还在用",
    "电梯运行中突然往下掉了好几层 吓死人了",
]


@pytest.mark.parametrize(
    ("story", "category"),
    [(story, "商贸旅游") for story in NOT_REPAIRED + UNSAFE],
)
def test_a_lift_is_filed_by_the_office_that_handles_it(story: str, category: str) -> None:
    scores = classify_category(story, matter=True)
    assert scores[0].name == category, [(s.name, round(s.score, 3)) for s in scores[:3]]
