"""Progress checks that recover from a wrong phone, take details in any order, and pause an open intake."""

from __future__ import annotations

import pytest

from actions.filing import FileCase
from actions.progress import CheckProgress, PauseIntake, ValidateProgressForm
from tests.actions.conftest import make_tracker, run_action, texts

FILLED = {
    "issue_text": "小区门口的烧烤店每天晚上吵到凌晨两点",
    "category": "环境保护",
    "location": "广东省广州市天河区石牌街道",
    "location_code": "440106005",
    "petitioner_name": "李秀英",
    "phone": "13974612385",
    "awaiting_confirmation": True,
}


async def file_one() -> str:
    filed, _, _ = await run_action(
        FileCase(), make_tracker("确认", intent="affirm", slots=FILLED, active_loop=None)
    )
    return filed["case_number"]


def in_progress_form(text: str, slots: dict, requested: str | None, intent: str = "inform"):
    return make_tracker(
        text,
        intent=intent,
        slots=slots,
        active_loop="progress_form",
        requested_slot=requested,
        sender_id="c1",
    )


async def test_a_wrong_phone_can_be_corrected_in_the_next_message():
    number = await file_one()
    first, dispatcher, _ = await run_action(
        ValidateProgressForm(), in_progress_form(f"{number} 13974612358", {}, None, "check_progress")
    )
    assert "没有找到对得上的事项" in texts(dispatcher)
    assert first["progress_phone"] is None  # asked again, the form stays open
    assert first["progress_case_number"] == number
    second, dispatcher, _ = await run_action(
        ValidateProgressForm(),
        in_progress_form("哦我记错了，是13974612385", {**first}, "progress_phone", "correct_detail"),
    )
    assert second["progress_phone"] == "13974612385"
    assert second["progress_outcome"] == "found"
    _, told, _ = await run_action(
        CheckProgress(), make_tracker(slots=second, active_loop=None, sender_id="c1")
    )
    assert number in texts(told) and "待受理" in texts(told)


async def test_phone_first_then_the_number():
    number = await file_one()
    first, _, _ = await run_action(
        ValidateProgressForm(), in_progress_form("我电话13974612385", {}, "progress_case_number")
    )
    assert first["progress_phone"] == "13974612385"
    second, _, _ = await run_action(
        ValidateProgressForm(), in_progress_form(f"编号是{number}", first, "progress_case_number")
    )
    assert second["progress_case_number"] == number and second["progress_outcome"] == "found"


async def test_after_three_misses_the_check_ends():
    number = await file_one()
    slots: dict = {}
    for attempt in range(3):
        slots, _, _ = await run_action(
            ValidateProgressForm(),
            in_progress_form(f"{number} 1390000000{attempt}", slots, "progress_phone"),
        )
    assert slots["progress_outcome"] == "not_found"
    assert slots["progress_phone"]  # both known: the form ends and the check is closed


async def test_a_stop_during_the_check_is_left_to_the_rules():
    slots, _, events = await run_action(
        ValidateProgressForm(), in_progress_form("算了不查了", {}, "progress_phone", "stop")
    )
    assert events == []


async def test_progress_asked_during_an_intake_pauses_it_and_resumes_after():
    number = await file_one()
    intake = {"issue_text": "物业乱收费", "category": "城乡建设", "requested_slot": "location"}
    paused, dispatcher, events = await run_action(
        PauseIntake(),
        make_tracker(
            f"我是要查进度！{number}", intent="check_progress", slots=intake, requested_slot="location"
        ),
    )
    assert paused["intake_paused"] is True and paused["requested_slot"] is None
    assert any(e.get("event") == "active_loop" and e.get("name") is None for e in events)
    assert "查完再接着登记" in texts(dispatcher)

    form, _, _ = await run_action(
        ValidateProgressForm(),
        in_progress_form(f"我是要查进度！{number} 13974612385", {**intake, **paused}, None, "check_progress"),
    )
    slots = {**intake, **paused, **form}
    done, told, _ = await run_action(
        CheckProgress(), make_tracker(slots=slots, active_loop=None, sender_id="c1")
    )
    assert "待受理" in texts(told) and "接着登记" in texts(told)
    assert done["intake_paused"] is False  # rules/progress.yml: the intake form comes back


async def test_a_check_with_no_intake_waiting_ends_plainly():
    number = await file_one()
    slots = {"progress_case_number": number, "progress_phone": "13974612385", "progress_outcome": "found"}
    done, told, _ = await run_action(
        CheckProgress(), make_tracker(slots=slots, active_loop=None, sender_id="c1")
    )
    assert done["intake_paused"] is None
    assert "接着登记" not in texts(told)


async def test_a_new_story_during_the_check_is_left_to_the_rules():
    _, _, events = await run_action(
        ValidateProgressForm(),
        in_progress_form(
            "算了不查了，我要反映我们小区电梯天天坏，物业不管", {}, "progress_phone", "tell_problem"
        ),
    )
    assert events == []


@pytest.mark.parametrize("text", ["编号忘了 我就记得电话 0394-5123456", "真的忘了 那咋办"])
async def test_a_lost_case_number_ends_the_check_with_what_can_be_done(text):
    tracker = make_tracker(
        text, intent="inform", requested_slot="progress_case_number", active_loop="progress_form"
    )
    slots, dispatcher, _ = await run_action(ValidateProgressForm(), tracker)
    assert slots["progress_outcome"] == "no_number"
    assert slots["progress_case_number"] and slots["progress_phone"]  # the form ends
    said = texts(dispatcher)
    assert "信访部门" in said and "转人工" in said and "格式" not in said
