"""A praise or a suggestion is not asked its class when one is plainly ahead (hc-017's praise of a township doctor
was asked with 卫生计生 at 0.59 against 其他 at 0.20); a complaint keeps the usual bar."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action


async def first_turn(story: str):
    return await run_action(
        ValidateIntakeForm(), make_tracker(story, intent="tell_problem", requested_slot=None)
    )


@pytest.mark.parametrize(
    ("story", "category"),
    [
        ("我想表扬一下我们镇卫生院的李医生 我老伴中风 半夜是他开车送去县医院的 救回来了", "卫生计生"),
        ("提个建议 我们这个公交站没有遮雨棚 老人等车老淋雨 能不能装一个", "城乡建设"),
    ],
)
async def test_a_praise_or_suggestion_takes_the_plain_class(story, category):
    slots, _, _ = await first_turn(story)
    assert slots.get("category") == category


async def test_a_complaint_as_plain_is_still_asked():
    # a complaint between two classes (farmland or land) is asked; a field given to others is sure of its class
    # since lead-040 (tests/unit/test_category_neighbour_matters.py)
    slots, _, _ = await first_turn("村里把俺家的地给了别人 俺在外头打工回来地没了")
    assert not slots.get("category") and slots.get("category_candidates")
