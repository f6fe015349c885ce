"""An optional question the citizen passes over three times, each time telling the next details instead ("就我",
"郝金花", "134…" at the earlier-report question), is let go: never asked a fourth time, and nothing told is lost."""

from __future__ import annotations

from actions.slots import NOT_PROVIDED
from actions.turn_replies import LET_GO_NOTE
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import play
from tests.actions.test_difficult_turns import asked_before

STORY = {
    "issue_text": "欠我钱的任大庆 承包费三年没给 一共四万五",
    "category": "政法",
    "location": "山西省长治市沁源县",
}


async def _third(earlier: list[tuple[str, str]], text: str, requested: str = "prior_report", slots=STORY):
    return await play(
        ValidateIntakeForm(),
        text,
        intent="inform",
        slots=slots,
        requested_slot=requested,
        earlier=asked_before(requested, earlier),
    )


async def test_the_third_answer_to_other_questions_lets_the_question_go():
    turn = await _third([("就我", "inform"), ("郝金花", "inform")], "13453578820")
    assert turn.slots["phone"] == "13453578820"  # what was told is kept
    assert turn.slots["prior_report"] == NOT_PROVIDED
    assert LET_GO_NOTE in turn.said


async def test_the_second_answer_to_another_question_still_asks_again():
    turn = await _third([("就我", "inform")], "郝金花")
    assert turn.slots.get("petitioner_name") == "郝金花"
    assert "prior_report" not in turn.slots
    assert LET_GO_NOTE not in turn.said


async def test_the_place_is_never_passed_over():
    no_place = {key: value for key, value in STORY.items() if key != "location"}
    turn = await _third([("就我", "inform"), ("郝金花", "inform")], "13453578820", "location", no_place)
    assert turn.slots.get("location") != NOT_PROVIDED
    assert LET_GO_NOTE not in turn.said


async def test_a_place_said_again_is_no_answer_to_another_question():
    turn = await _third([("就我", "inform"), ("郝金花", "inform")], "沁源县")
    assert turn.slots.get("prior_report") != NOT_PROVIDED
    assert LET_GO_NOTE not in turn.said
