"""Someone hurt because a public facility was left broken (a dark street lamp, a missing manhole cover, a hole in
the pavement): the facility is the matter (城乡建设), not the hospital (卫生计生) nor a work injury (劳动和社会保障)
that follows. A hurt told without a broken facility keeps its own class. Phrasings written for these tests, none
a category example."""

from __future__ import annotations

import pytest

from bot.domain.category import classify_category

FACILITY_CASES = [
    "我们村的路灯坏了好几个月 晚上黑乎乎的 我舅舅回家摔了一跤 腿断了现在还住院",
    "街上的燈壞了半年沒人修 我媽晚上摔倒了 住了醫院",  # traditional characters
    "巷子口井盖丢了一直没人管 我儿子掉下去 在医院缝了５针",  # full-width digit
    "路灯咋一直不亮啊？前天晚上我爸在路边摔伤了 还在卫生院",  # a question
]
OWN_CLASS_CASES = [
    ("镇卫生院给我妈打错了针 现在还在医院抢救", "卫生计生"),
    ("在厂里上夜班从梯子上摔下来腿断了 老板不给报医药费", "劳动和社会保障"),
]


@pytest.mark.parametrize("text", FACILITY_CASES)
def test_a_hurt_from_a_broken_facility_is_the_facility_matter(text: str) -> None:
    scores = classify_category(text, matter=True)
    assert scores[0].name == "城乡建设", [(s.name, round(s.score, 2)) for s in scores[:3]]


@pytest.mark.parametrize(("text", "expected"), OWN_CLASS_CASES)
def test_a_hurt_with_no_broken_facility_keeps_its_class(text: str, expected: str) -> None:
    scores = classify_category(text, matter=True)
    assert scores[0].name == expected, [(s.name, round(s.score, 2)) for s in scores[:3]]
