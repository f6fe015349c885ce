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
