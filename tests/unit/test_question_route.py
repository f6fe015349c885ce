"""A question answered by the route's time limits ("现在告还来得及不") reads every detail told, not the story alone:
a plot taken for a road, with the county government named as respondent, is an expropriation (复议 60日, 诉讼
6个月), not a neighbours' quarrel (民法典 3 years)."""

from __future__ import annotations

import pytest

from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind
from actions.question_route import route_for_question
from actions.questions import answer_in_context

TAKEN_FOR_A_ROAD = {
    "issue_text": "修省道占了我家四亩田 补偿太低 一亩才一万多",
    "respondent": "县政府 县自然资源局",
    "category": "国土资源",
}


@pytest.mark.parametrize("question", ["现在去告还来得及不", "現在告政府還來得及嗎", "现在还来得及吗"])
def test_still_in_time_of_an_expropriation_gives_review_and_suit(question: str) -> None:
    kind = detect_question(question)
    assert kind is QuestionKind.STILL_IN_TIME
    route = route_for_question(kind, TAKEN_FOR_A_ROAD)
    assert route is not None and route.code == "administrative_review"
    answer = answer_in_context(kind, question, TAKEN_FOR_A_ROAD["issue_text"], route=route) or ""
    assert "60日" in answer and "6个月" in answer and "第188条" not in answer


def test_other_questions_keep_the_story_s_reading() -> None:
    assert route_for_question(QuestionKind.FEES, TAKEN_FOR_A_ROAD) is None
    assert route_for_question(None, TAKEN_FOR_A_ROAD) is None


def test_without_a_story_there_is_no_route() -> None:
    assert route_for_question(QuestionKind.STILL_IN_TIME, {"respondent": "县政府"}) is None
