"""Asked for the category, an everyday word that fits two classes ("养老") is read with the citizen's story."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action


@pytest.mark.parametrize(
    ("story", "answer", "category"),
    [
        ("敬老院的护工推搡老人，我爸腿上摔破了", "养老", "民政"),
        ("养老院把老人关在屋里不让出来", "养老的事", "民政"),
        ("我退休两年了，养老金一直少发三百", "养老", "劳动和社会保障"),
        ("镇上每个月从养老钱里扣五十，说是交医保", "养老的", "劳动和社会保障"),
    ],
)
async def test_an_everyday_word_is_read_with_the_story(story, answer, category):
    tracker = make_tracker(answer, requested_slot="category", slots={"issue_text": story})
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("category") == category


STORY = "小区暖气一直不热 屋里才十三度 交了采暖费"


@pytest.mark.parametrize(
    "answer", ["暖气的事呗 你们看着办", "供暖的事 你定吧", "城建吧 暖气那个事", "這還用問 暖氣的事唄"]
)
async def test_the_kind_named_at_the_category_question_is_no_more_story(answer):
    tracker = make_tracker(answer, requested_slot="category", slots={"issue_text": STORY})
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "issue_text" not in slots or slots["issue_text"] == STORY


async def test_more_of_the_matter_at_the_category_question_is_still_kept():
    tracker = make_tracker(
        "暖气的事 物业说锅炉坏了修不好 让我们自己装电暖器",
        requested_slot="category",
        slots={"issue_text": STORY},
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "锅炉坏了" in slots.get("issue_text", "")
