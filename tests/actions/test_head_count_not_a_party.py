"""A head count said at the respondent question ('就俺娘一个') is the head count, never the party complained of
(hc-002 filed 反映对象：就俺娘一个)."""

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

STORY = {
    "issue_text": "俺娘的养老金 这俩月咋没到账嘞",
    "category": "劳动和社会保障",
    "location": "河南省周口市郸城县",
}


@pytest.mark.parametrize("said", ["就俺娘一个", "就我一个", "只有我自己", "就我爸一个人"])
async def test_a_head_count_at_the_respondent_question_is_no_party(said):
    tracker = make_tracker(said, slots=STORY, requested_slot="respondent")
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("respondent") in (None, "")
    assert slots.get("people_count") == "1"


async def test_a_party_answered_is_still_the_party():
    tracker = make_tracker("社保局", slots=STORY, requested_slot="respondent")
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "社保" in slots["respondent"]
