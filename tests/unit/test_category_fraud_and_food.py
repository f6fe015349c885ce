"""Two common matters told plainly are filed without asking their class: a fraud reported to the police (刷单,
冒充客服, an online romance) is 政法, however it began; food that made someone ill where it was sold or served is
商贸旅游 (food safety, the market regulator), even when the story is mostly about the hospital bill. A property
company's charges inside the estate are 城乡建设. New phrasings written for these tests, none a training example."""

from __future__ import annotations

import pytest

from bot.domain.category import classify_category, is_confident

SURE = [
    ("被网上刷单的骗了 去报警也没结果", "政法"),
    ("網上被人騙咗三萬蚊 報咗警都冇消息", "政法"),  # Cantonese, traditional characters
    ("有个自称银行客服的让我转账 被骗走８千 派出所说在侦查", "政法"),  # full-width digit
    ("俺娘被骗子骗去买理财 报了案公安到现在没回话", "政法"),
    ("在饿了么订的饭 吃完肚子疼了一晚上 店家说赔二十", "商贸旅游"),
    ("外賣食完上吐下瀉 去醫院花咗五百幾 商家淨係肯賠三十", "商贸旅游"),
    ("餐馆吃完全家都病了 店里不认账", "商贸旅游"),
    ("小区停车费物业想涨就涨 也不跟业主商量", "城乡建设"),
    ("村里有人建房把路占了 出不去", "国土资源"),
]


@pytest.mark.parametrize(("story", "category"), SURE)
def test_a_plain_matter_is_filed_in_its_class_without_asking(story: str, category: str) -> None:
    scores = classify_category(story, matter=True)
    assert scores[0].name == category and is_confident(scores), [
        (s.name, round(s.score, 3)) for s in scores[:3]
    ]


def test_a_hospital_canteen_stays_with_health() -> None:
    assert classify_category("医院食堂的饭菜不干净 病人吃了拉肚子", matter=True)[0].name == "卫生计生"
