""" "直接去法院告还是先复议": answered by the route the story points to — review first where the law says so
(行政复议法 第23条), either by choice otherwise (行政诉讼法 第44条), no review for a quarrel with a person.
Stories and questions written for these tests."""

from __future__ import annotations

import pytest

from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind
from actions.questions import answer_in_context


@pytest.mark.parametrize(
    "text",
    [
        "那我是直接去法院告还是先复议",
        "是先复议还是直接起诉啊",
        "復議還是告法院？",
        "这个要不要先申请行政复议",
        "必须先复议吗",
        "能不能不复议直接去法院告",
        "可以不经过复议直接起诉吗",
    ],
)
def test_review_or_sue_is_asked(text: str) -> None:
    assert detect_question(text) is QuestionKind.REVIEW_OR_SUE


@pytest.mark.parametrize("text", ["我是先找街道还是先找区里", "他先动的手还是我先动的手 说不清"])
def test_other_either_ors_are_not_about_review(text: str) -> None:
    assert detect_question(text) is not QuestionKind.REVIEW_OR_SUE


def _answer(question: str, story: str) -> str:
    return answer_in_context(detect_question(question), question, story) or ""


def test_information_not_disclosed_is_reviewed_first() -> None:
    story = "今年五月向县自然资源局申请公开我家那片地的征地批文 过了三个多月也没答复"
    answer = _answer("是直接去法院告还是先复议", story)
    assert answer.startswith("先申请行政复议") and "第23条" in answer


def test_a_penalty_on_the_spot_is_reviewed_first() -> None:
    answer = _answer("能不能不复议直接去法院告", "城管当场罚了我二百 说我占道经营 票都没开")
    assert answer.startswith("先申请行政复议")


def test_a_decision_may_go_either_way() -> None:
    answer = _answer(
        "先复议还是直接起诉", "县人社局不给我认定工伤 说我是下班路上自己摔的 发了不予认定的决定书"
    )
    assert answer.startswith("两条路都可以") and "第44条" in answer


def test_a_quarrel_with_a_neighbour_needs_no_review() -> None:
    answer = _answer("要不要先复议", "隔壁把院墙砌到我家地里了 说了也不拆")
    assert "不用复议" in answer
