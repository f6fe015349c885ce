"""At the respondent question, "我刚说了" with only the place said again points back at the party the story
named: that party, never the place recorded as who the matter is against."""

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

SLOTS = {
    "issue_text": "我爸的养老金这个月少了三百多 社保局扣钱不说理由",
    "category": "劳动和社会保障",
    "location": "湖南省邵阳市双清区",
    "location_code": "430502",
}


@pytest.mark.parametrize("said", ["我刚说了啊 邵阳市双清区 你们咋记不住", "早就讲过了 邵阳市双清区"])
async def test_the_party_the_story_named_is_kept(said):
    tracker = make_tracker(said, slots=SLOTS, requested_slot="respondent")
    updates, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "社保局" in (updates.get("respondent") or "")
    assert "双清区" not in (updates.get("respondent") or "")


async def test_a_story_with_no_party_leaves_the_question_open():
    slots = {**SLOTS, "issue_text": "我爸的养老金这个月少了三百多"}
    tracker = make_tracker("我刚说了啊 邵阳市双清区", slots=slots, requested_slot="respondent")
    updates, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert not updates.get("respondent")


async def test_the_place_said_again_in_traditional_characters_is_no_party():
    tracker = make_tracker("我剛說了 邵陽市雙清區", slots=SLOTS, requested_slot="respondent")
    updates, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "双清区" not in (updates.get("respondent") or "")
