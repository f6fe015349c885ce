"""An answer the classifier took for a question ("没有电话 我不会用 是邻居的手机" as ask_privacy at the phone
question) is read as the answer, with no FAQ text before it; a real question there is still answered."""

from __future__ import annotations

import pytest

from actions.faq_reply import AnswerFaq
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts

SLOTS = {"issue_text": "两个儿子都不管我 一分钱生活费都不给", "petitioner_name": "刘桂芝", "category": "民政"}


def _at_the_phone_question(text: str):
    return make_tracker(text, slots=SLOTS, requested_slot="phone", intent="ask_privacy")


@pytest.mark.parametrize(
    "text", ["没有电话 我不会用 是邻居的手机", "没有电话", "俺没手机", "我没有手机 打不了"]
)
async def test_no_phone_said_is_the_answer_not_a_privacy_question(text: str) -> None:
    _, answered, _ = await run_action(AnswerFaq(), _at_the_phone_question(text))
    assert not answered.messages
    slots, _, _ = await run_action(ValidateIntakeForm(), _at_the_phone_question(text))
    assert slots["phone"] == "未提供"


@pytest.mark.parametrize("text", ["留电话会不会泄露", "电话留了会被骚扰吗", "没有手机号吗？"])
async def test_a_question_at_the_phone_question_is_still_answered(text: str) -> None:
    _, answered, _ = await run_action(AnswerFaq(), _at_the_phone_question(text))
    assert texts(answered)
