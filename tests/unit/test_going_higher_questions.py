"""Where to go when the citizen has gone over the office's head ("我已经在北京了 你直接说我去哪"): the reception of
the organ that handles it, or the one above it (信访工作条例 第20条), and the matter goes back to where it arose
(第22条); the same question of an ordinary story keeps its answer."""

from __future__ import annotations

import pytest

from actions.question_detect import detect_question
from actions.questions import answer_in_context
from bot.domain.knowledge import faq_answer


@pytest.mark.parametrize(
    ("story", "question"),
    [
        ("我已经在北京了 国家信访局门口 家里拆迁的事地方上不管", "我现在就在北京 你直接说我去哪"),
        ("村里的事镇上不管 我明天就去省里上访", "那我该找哪个部门"),
        ("準備進京 縣裡根本不管", "到底該去找誰"),  # traditional characters
    ],
)
def test_a_visit_over_the_office_head_is_told_where_visits_go(story: str, question: str) -> None:
    answer = answer_in_context(detect_question(question), question, story) or ""
    assert answer == faq_answer("visit_where")
    assert "接待场所" in answer and "上一级机关" in answer and "第20条" in answer


def test_an_ordinary_story_keeps_the_office_answer() -> None:
    question = "该找哪个部门"
    answer = answer_in_context(detect_question(question), question, "小区门口的路灯坏了一个月")
    assert answer != faq_answer("visit_where")
