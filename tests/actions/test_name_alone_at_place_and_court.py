"""A bare name said while the place or the court question waits: the citizen's name said ahead (two characters
at the court question, a whole name at the place question), never a village the gazetteer does not know."""

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

STORY = {
    "issue_text": "俺哥一个人占着娘留下的房子 把锁换了 不让俺们进",
    "category": "其他",
    "respondent": "哥哥",
}


@pytest.mark.parametrize("said", ["胡敏", "何静", "吴 敏"])
async def test_a_two_character_name_at_the_court_question_is_the_name(said):
    slots = {**STORY, "location": "河南省许昌市魏都区", "location_code": "411002"}
    updates, _, _ = await run_action(
        ValidateIntakeForm(), make_tracker(said, slots=slots, requested_slot="legal_status")
    )
    assert updates.get("petitioner_name") == said.replace(" ", "")


@pytest.mark.parametrize("said", ["周秀兰", "王建國"])
async def test_a_whole_name_at_the_place_question_is_the_name(said):
    updates, _, _ = await run_action(
        ValidateIntakeForm(), make_tracker(said, slots=STORY, requested_slot="location")
    )
    assert updates.get("petitioner_name") == said.replace("國", "国")


@pytest.mark.parametrize("said", ["周家庄", "李家湾", "王家坪", "胡敏"])
async def test_a_village_or_a_short_word_at_the_place_question_is_no_name(said):
    updates, _, _ = await run_action(
        ValidateIntakeForm(), make_tracker(said, slots=STORY, requested_slot="location")
    )
    assert "petitioner_name" not in updates
