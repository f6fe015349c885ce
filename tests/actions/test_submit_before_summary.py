"""“对，提交” before the summary (hg029, hh-016, hk-011, hk-014, hm-030, hr-024): the case is filed then, with what
was told and read back, instead of one more question the citizen may never answer."""

from __future__ import annotations

import pytest

import bot.domain.routing
from actions import services
from actions.route_question import AnswerRouteQuestion
from actions.stop_intake import StopIntake
from actions.summary import ShowSummary
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, play, run_action

STORY = {
    "issue_text": "干了大半年的活，张老板欠我一万二一直不给",
    "category": "劳动和社会保障",
    "location": "河南省周口市郸城县",
    "location_code": "411625",
    "occurred_at": "2026-03",
    "respondent": "张老板",
    "petitioner_name": "王建国",
    "phone": "13800138000",
    "intake_id": "intake-9",
}
CLOSE = {"labour_inspection": 0.45, "litigation/civil_dispute": 0.45, "petition": 0.1}


@pytest.fixture
def unsure(monkeypatch):
    """The route model's reading pinned to a close call, so the employer question is asked."""
    real = bot.domain.routing.decide_route
    monkeypatch.setattr(bot.domain.routing, "decide_route", lambda *a, **k: real(*a, scores=CLOSE, **k))


def kinds(events: list) -> list[tuple]:
    return [(event.get("event"), event.get("name")) for event in events]


@pytest.mark.parametrize("said", ["对，提交", "那就提交吧", "對 提交", "好 交上去吧"])
async def test_submit_at_a_question_files_what_was_told(said):
    turn = await play(ValidateIntakeForm(), said, intent="affirm", slots=STORY, requested_slot="legal_status")
    assert turn.slots["case_number"].startswith("XF")
    assert turn.slots["requested_slot"] is None  # the form ends: no question after the filing
    assert ("followup", "action_listen") in kinds(turn.events)
    assert "这就帮您提交" in turn.said and "张老板" in turn.said and "138****8000" in turn.said
    assert "电话改成" in turn.said  # what to say when something read back is wrong
    assert "事项编号" in turn.said
    assert turn.slots["issue_text"] is None  # the matter is done; the name and phone stay for a next one
    assert "legal_status" not in turn.slots or turn.slots["legal_status"] is None


async def test_without_the_place_only_the_place_is_asked_then_the_summary():
    story = {k: v for k, v in STORY.items() if k not in ("location", "location_code")}
    turn = await play(ValidateIntakeForm(), "对 提交", intent="affirm", slots=story, requested_slot="phone")
    assert "case_number" not in turn.slots
    assert "只差问题发生地，" in turn.said
    assert turn.slots["legal_status"] == turn.slots["prior_report"] == "未提供"
    assert turn.slots["address"] == "未提供"
    assert "location" not in turn.slots and "phone" not in turn.slots  # asked next; kept as told


@pytest.mark.parametrize("said", ["提交材料可以吗", "我已经提交过申请了", "对", "先别提交"])
async def test_no_wish_to_file_is_read_as_usual(said):
    turn = await play(ValidateIntakeForm(), said, intent="inform", slots=STORY, requested_slot="legal_status")
    assert "case_number" not in turn.slots
    assert "这就帮您提交" not in turn.said


async def test_submit_with_a_stop_word_files_rather_than_stops():
    turn = await play(
        StopIntake(), "算了 就这样提交吧", intent="stop", slots=STORY, requested_slot="prior_report"
    )
    assert turn.slots["case_number"].startswith("XF")
    assert ("active_loop", None) in kinds(turn.events)
    assert "先不登记" not in turn.said


async def test_submit_at_the_route_question_keeps_the_route_the_story_points_to(unsure):
    story = {**STORY, "respondent": "未提供"}  # nobody named: the employer question decides
    shown, _, _ = await run_action(ShowSummary(), make_tracker(slots=story, active_loop=None))
    asked = {**story, **shown}
    assert asked["route_question"] == "employer"
    default = asked["route_options"]["default"][0]
    turn = await play(AnswerRouteQuestion(), "对，提交", intent="affirm", slots=asked, active_loop=None)
    assert turn.slots["case_number"].startswith("XF")
    assert turn.slots["route"] == default  # "对" agreed to filing; it did not answer the employer question
    assert "途径问题未作答" in turn.slots["route_reason"]
    assert "请核对" not in turn.said and "这就帮您提交" in turn.said
    assert services.case_repository().get_by_number(turn.slots["case_number"]).route == default


async def test_with_another_matter_waiting_the_summary_comes_first():
    waiting = {**STORY, "more_matters": True, "pending_matters": ["还有一件事 村里的路坏了三年没人修"]}
    turn = await play(
        ValidateIntakeForm(), "对，提交", intent="affirm", slots=waiting, requested_slot="legal_status"
    )
    assert "case_number" not in turn.slots  # filed at the summary's yes, which takes the next matter up
    assert "接着登记下一件" in turn.said
    assert turn.slots["legal_status"] == turn.slots["address"] == "未提供"
    assert "pending_matters" not in turn.slots


async def test_name_and_phone_never_asked_are_asked_before_the_summary():
    story = {k: v for k, v in STORY.items() if k not in ("petitioner_name", "phone")}
    turn = await play(
        ValidateIntakeForm(), "别问了 直接提交吧", intent="stop", slots=story, requested_slot="respondent"
    )
    assert "case_number" not in turn.slots
    assert "只差姓名、联系电话" in turn.said
    assert turn.slots["legal_status"] == turn.slots["people_count"] == "未提供"
    assert "petitioner_name" not in turn.slots and "phone" not in turn.slots  # the form asks them next


async def test_a_name_skipped_before_does_not_hold_the_filing_back():
    story = {**STORY, "petitioner_name": "未提供", "phone": None}
    turn = await play(ValidateIntakeForm(), "提交吧", intent="affirm", slots=story, requested_slot="phone")
    assert turn.slots["case_number"].startswith("XF")


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("对 提交 我刚才说的气话 现在好点了 就想把钱要回来", "就想把钱要回来"),
        ("好 提交吧 主要是想让他把工钱结了", "主要是想让他把工钱结了"),
    ],
)
async def test_submit_with_more_of_the_matter_files_and_keeps_the_words(said, kept):
    turn = await play(ValidateIntakeForm(), said, intent="tell_problem", slots=STORY, requested_slot="phone")
    assert turn.slots["case_number"].startswith("XF")
    assert kept in turn.said and "对 提交" not in turn.said  # read back with the story, without the "提交"


@pytest.mark.parametrize("said", ["对 提交 他们还把路堵了 另外还有一件事", "提交 还有一件 我儿子学校的事"])
async def test_submit_before_another_matter_is_read_as_usual(said):
    turn = await play(ValidateIntakeForm(), said, intent="tell_problem", slots=STORY, requested_slot="phone")
    assert "case_number" not in turn.slots
