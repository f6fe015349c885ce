"""A message that is only a person's whole name, said while the court, earlier-report, phone or time question
waits, is the citizen's own name said ahead (or given after all), never the earlier report (hl-027, hm-008,
hr-024, hw-030)."""

import pytest

from actions.slots import NOT_PROVIDED
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

STORY = {
    "issue_text": "判决书下来半年了 对方还是不给钱",
    "category": "政法",
    "location": "山西省长治市沁源县",
}


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("郝金花", "郝金花"),
        ("张 小 燕", "张小燕"),
        ("高振山。", "高振山"),
        ("欧阳娜娜", "欧阳娜娜"),
        ("劉德華", "刘德华"),
    ],
)
@pytest.mark.parametrize("asked", ["prior_report", "legal_status", "phone"])
async def test_a_bare_name_is_the_citizens_name(said, name, asked):
    tracker = make_tracker(said, slots=STORY, requested_slot=asked)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("petitioner_name") == name
    assert slots.get("prior_report") in (None, "")


async def test_a_name_given_after_it_was_skipped_is_kept():
    tracker = make_tracker("石晓东", slots={**STORY, "petitioner_name": NOT_PROVIDED}, requested_slot="phone")
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("petitioner_name") == "石晓东"


async def test_a_known_name_is_not_replaced_by_another_bare_name():
    tracker = make_tracker(
        "王德山", slots={**STORY, "petitioner_name": "郝金花"}, requested_slot="legal_status"
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("petitioner_name", "郝金花") == "郝金花"


@pytest.mark.parametrize("said", ["王德山", "刘主任"])
async def test_a_name_at_the_respondent_question_is_the_party(said):
    tracker = make_tracker(said, slots=STORY, requested_slot="respondent")
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("petitioner_name") is None


@pytest.mark.parametrize("said", ["村委会", "社区", "政法", "找过镇里", "没有", "对"])
async def test_no_name_is_made_of_other_answers(said):
    tracker = make_tracker(said, slots=STORY, requested_slot="prior_report")
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("petitioner_name") is None


async def test_the_party_named_again_is_not_the_citizens_name():
    slots = {**STORY, "respondent": "隔壁张二娃（大名张志明）"}
    tracker = make_tracker("张志明", slots=slots, requested_slot="legal_status")
    out, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert out.get("petitioner_name") is None
