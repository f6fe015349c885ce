"""The class is taken without asking when the top class is far more likely than any other, even when the models are
not sure of anything in absolute terms (a short message, dialect, traditional characters): at least 0.3 and four
times the runner-up. Close classes are still asked. New phrasings written for these tests, none a training example."""

from __future__ import annotations

import pytest

from bot.domain.category import classify_category, is_confident
from bot.domain.category_lexicon import CategoryScore


def _scores(*values: float) -> list[CategoryScore]:
    return [CategoryScore(f"c{i}", value) for i, value in enumerate(values)]


@pytest.mark.parametrize(
    "values",
    [
        (0.35, 0.08),  # far ahead, though low
        (0.30, 0.075),
        (0.45, 0.1),
        (0.65, 0.4),  # the first rule: high and 0.2 ahead
        (0.5, 0.1),  # the lead rule: 0.4 ahead
    ],
)
def test_far_ahead_is_sure(values: tuple[float, ...]) -> None:
    assert is_confident(_scores(*values))


@pytest.mark.parametrize(
    "values",
    [
        (0.35, 0.15),  # ahead, but not four times
        (0.29, 0.05),  # four times, but too low to say anything
        (0.2, 0.01),
        (0.55, 0.4),
        (),
    ],
)
def test_close_or_weak_is_asked(values: tuple[float, ...]) -> None:
    assert not is_confident(_scores(*values))


def test_other_far_ahead_is_no_class_to_take() -> None:
    assert not is_confident([CategoryScore("其他", 0.38), CategoryScore("商贸旅游", 0.06)])


@pytest.mark.parametrize(
    "text", ["有个事想问问", "我想反映个问题", "你好", "我要投诉", "喂 在吗", "我有個事情想反映一下"]
)
def test_no_matter_told_is_still_asked(text: str) -> None:
    assert not is_confident(classify_category(text, matter=True))


def test_the_own_models_labels_keep_the_first_rule_only() -> None:
    assert not is_confident(_scores(0.35, 0.08), lead=None)
    assert is_confident(_scores(0.65, 0.1), lead=None)


@pytest.mark.parametrize(
    "story",
    [
        "阿嫲嘅宅基地俾村裏面收返 都冇通知",  # Cantonese
        "我爺爺的宅基地被村委會分給別人了",  # traditional characters
        "村委把我家的宅基地划给了隔壁 也没通知我们",
        "俺家的宅基地被邻居占了一半 村里也不管",
        "宅基地确权把我家的面积少算了３０平",  # full-width digits
        "屋企嘅宅基地村委批咗畀第二個",
    ],
)
def test_a_plain_homestead_story_is_not_asked_its_class(story: str) -> None:
    scores = classify_category(story, matter=True)
    assert scores[0].name == "国土资源" and is_confident(scores), [(s.name, s.score) for s in scores[:3]]
