"""A progress query that gives its case number ("XF… 到哪一步了"), even beside another question about the matter,
starts the progress check: it is no question about getting something done at a service centre. New phrasings."""

from __future__ import annotations

import pytest

from actions.consultation import AnswerConsultation
from actions.conversation import HandleUnclear
from actions.not_a_matter import answer_instead_of_filing
from actions.progress import ValidateProgressForm
from actions.progress_turns import asks_progress
from actions.validate_intake import ValidateIntakeForm
from bot.domain.text import normalize_for_parsing
from tests.actions.conftest import make_tracker, run_action, texts

ASKED = [
    "编号XF20261130-0012 想问问办到哪一步了 还有发票复印件要怎么给你们",
    "查下xf20261130-0012的进度",
    "ＸＦ２０２６１１３０－００１２ 有结果没",  # full-width
    "XF20261130-0012現在辦得怎麼樣了",  # traditional characters
]


@pytest.mark.parametrize("text", ASKED)
def test_a_number_and_how_far_asks_progress(text):
    assert asks_progress(normalize_for_parsing(text))


@pytest.mark.parametrize("text", ["XF20261130-0012", "低保怎么申请 到哪一步了", "社保卡怎么办理"])
def test_no_progress_query(text):
    assert not asks_progress(normalize_for_parsing(text))


def test_no_service_answer_instead_of_the_check():
    assert answer_instead_of_filing({}, ASKED[0]) is None


@pytest.mark.parametrize(
    ("action", "intent"), [(AnswerConsultation(), "ask_consultation"), (HandleUnclear(), "nlu_fallback")]
)
async def test_the_check_starts(action, intent):
    tracker = make_tracker(ASKED[0], intent=intent, active_loop=None)
    _, dispatcher, events = await run_action(action, tracker)
    assert {"event": "followup", "name": "progress_form", "timestamp": None} in events
    assert "政务服务中心" not in texts(dispatcher)


async def test_taken_for_a_story_the_intake_gives_way_to_the_check():
    tracker = make_tracker(ASKED[0], intent="tell_problem", requested_slot=None)
    slots, _, events = await run_action(ValidateIntakeForm(), tracker)
    assert {"event": "followup", "name": "progress_form", "timestamp": None} in events
    assert not slots.get("issue_text")


async def test_the_number_said_again_at_the_phone_question_is_no_wrong_phone():
    tracker = make_tracker(
        "我是问进度 XF20261130-0012",
        intent="check_progress",
        slots={"progress_case_number": "XF20261130-0012"},
        active_loop="progress_form",
        requested_slot="progress_phone",
    )
    _, dispatcher, _ = await run_action(ValidateProgressForm(), tracker)
    assert "号码好像不对" not in texts(dispatcher)
