"""A surname the citizen gives as their own after skipping the name, or as a whole message at another question, is
recorded (hi-035: "俺姓陈" at the summary was lost); a story's "我姓王，…" leaves the name question to come."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

SUGGESTION = {
    "issue_text": "提个意见 新农合一年比一年贵",
    "category": "劳动和社会保障",
    "location": "河南省信阳市光山县北向店乡",
    "location_code": "411522",
    "people_count": "6",
    "prior_report": "未曾反映",
    "phone": "未提供",
    "address": "未提供",
}


@pytest.mark.parametrize(("said", "surname"), [("俺姓陈", "陈"), ("免贵姓欧阳", "欧阳"), ("我姓陳", "陈")])
async def test_a_surname_after_the_name_was_skipped(said, surname):
    slots = {**SUGGESTION, "petitioner_name": "未提供", "awaiting_confirmation": True}
    updates, _, _ = await run_action(
        ValidateIntakeForm(), make_tracker(said, intent="inform", slots=slots, requested_slot=None)
    )
    assert updates["petitioner_name"] == surname


@pytest.mark.parametrize("said", ["他姓陈", "老板姓刘", "村支书姓陈"])
async def test_someone_elses_surname_is_no_name(said):
    slots = {**SUGGESTION, "petitioner_name": "未提供", "awaiting_confirmation": True}
    updates, _, _ = await run_action(
        ValidateIntakeForm(), make_tracker(said, intent="inform", slots=slots, requested_slot=None)
    )
    assert "petitioner_name" not in updates


async def test_a_surname_in_a_story_leaves_the_name_question_to_come():
    updates, _, _ = await run_action(
        ValidateIntakeForm(),
        make_tracker(
            "我姓王，在厂里干了十年，老板欠了我们三个月工资不给",
            intent="tell_problem",
            slots={},
            requested_slot="issue_text",
        ),
    )
    assert updates.get("petitioner_name") in (None, "")


async def test_a_whole_name_on_record_is_not_cut_to_its_surname():
    slots = {**SUGGESTION, "petitioner_name": "陈大山", "awaiting_confirmation": True}
    updates, _, _ = await run_action(
        ValidateIntakeForm(), make_tracker("俺姓陈", intent="inform", slots=slots, requested_slot=None)
    )
    assert updates.get("petitioner_name", "陈大山") == "陈大山"
