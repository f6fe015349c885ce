"""A short message that changes a detail on record is that correction, never appended to the story (the corpus
counted five such "damaging corrections": the story grew by "不是合作社 是俺们村委会收的" and the like)."""

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

STORY = "俺家承包的三亩地叫村里收回去了 说是要搞合作社 一分钱没给俺"


@pytest.mark.parametrize(
    ("said", "pending", "known"),
    [
        ("不是合作社 是俺们村委会收的", "category", {"respondent": "合作社"}),
        ("合作社的名儿是丰源种植专业合作社", "legal_status", {"respondent": "合作社"}),
    ],
)
async def test_a_short_correction_leaves_the_story_as_it_was(said, pending, known):
    tracker = make_tracker(
        said, intent="tell_problem", slots={"issue_text": STORY, **known}, requested_slot=pending
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "issue_text" not in slots
    assert any(slots.get(slot) not in (None, value) for slot, value in known.items())


async def test_more_of_the_story_is_still_kept():
    more = "另外他们还把俺家的鸡也抓走了好几只 说是抵账 这不是欺负人吗"
    tracker = make_tracker(
        more, intent="tell_problem", slots={"issue_text": STORY}, requested_slot="legal_status"
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["issue_text"] == f"{STORY}\n{more}"
