"""Whose duty the contributions are, put as a guess ("保险该是公司买的吧"), asks to be confirmed and is answered
(ie-020 stored it as part of the respondent); an unsure answer ("应该是去年吧") asks nothing. New phrasings written
for these tests, none a corpus message."""

from __future__ import annotations

import pytest

from actions.question_clauses import question_clauses
from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind
from actions.questions import answer_for


@pytest.mark.parametrize(
    "text", ["社保应该是单位交的吧", "五險應該是公司繳的吧", "鑫达厂 养老保险该是厂里给买的吧"]
)
def test_whose_duty_the_insurance_is_asks_and_is_answered(text: str) -> None:
    assert detect_question(text) is QuestionKind.SOCIAL_INSURANCE_OWED
    assert "社会保险" in (answer_for(text) or "")


@pytest.mark.parametrize("text", ["应该是去年吧", "应该是物业吧", "大概是三月份吧", "应该是公司吧"])
def test_an_unsure_answer_asks_nothing(text: str) -> None:
    assert not question_clauses(text)
