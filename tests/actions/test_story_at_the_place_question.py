"""The story told when the place is asked is more of the story, not a place (lead-019: "他把村里的集体土地租给外地老板…"
was kept as the place because of the 村 in 村里)."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

OPENING = {"issue_text": "我想反映我们村支书的事", "category": "纪检监察"}


async def run(text, slots=OPENING):
    return await run_action(ValidateIntakeForm(), make_tracker(text, requested_slot="location", slots=slots))


@pytest.mark.parametrize(
    "said",
    [
        "他把村里的集体土地租给外地老板 租金不知道去哪了 账也不公开 好几年了",
        "他从村里的账上拿了钱",
        "镇上把村里的补偿款扣了一半 到现在也没个说法",
    ],
)
async def test_a_story_with_a_vague_place_word_is_no_place(said):
    slots, _, _ = await run(said)
    assert not slots.get("location")


@pytest.mark.parametrize("said", ["红星村三组 老张家后面", "后楼村", "幸福里小区3栋"])
async def test_a_place_the_list_does_not_know_is_kept_as_said(said):
    slots, _, _ = await run(said)
    assert slots.get("location") == said


@pytest.mark.parametrize(
    "said", ["农村农业", "城乡建设", "农村农业吧", "应该算城乡建设的", "是三农的问题吧", "農村農業吧"]
)
async def test_a_class_said_at_the_place_question_is_no_place(said):
    """hi-026: "农村农业" (the class, answered to the wrong question) was kept as an unlisted place."""
    slots, _, _ = await run(said, {"issue_text": "俺家的承包地叫村里收回去了"})
    assert not slots.get("location")
