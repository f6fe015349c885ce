"""Two questions in one message are both answered, then the pending question asked again (F5's finding:
"劳动仲裁要交钱吗？去哪里申请？" got only the first)."""

import pytest

from actions.question_detect import detect_question, further_questions
from actions.question_kinds import QuestionKind
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts


@pytest.mark.parametrize(
    ("said", "first", "then"),
    [
        ("要收费吗？会不会被报复？", QuestionKind.FEES, [QuestionKind.CONFIDENTIALITY]),
        ("仲裁一般多久能出结果？要不要钱？", QuestionKind.ARBITRATION_TIME, [QuestionKind.FEES]),
        ("要收费吗", QuestionKind.FEES, []),
    ],
)
def test_each_question_kind_is_found_once(said, first, then):
    assert detect_question(said) is first
    assert further_questions(said, first) == then


async def test_both_answers_are_given_and_nothing_is_stored():
    story = {
        "issue_text": "公司拖欠我三个月工资",
        "category": "劳动和社会保障",
        "location": "湖南省长沙市雨花区",
    }
    tracker = make_tracker("要收费吗？会不会被报复？", slots=story, requested_slot="respondent")
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    said = texts(dispatcher)
    assert "不收" in said or "免费" in said or "不要钱" in said
    assert "第30条" in said  # the confidentiality answer, not only the fee one
    assert "respondent" not in slots
