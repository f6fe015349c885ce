"""'处理不好我再去法院' of an office's act is warned that the review and suit deadlines run meanwhile
(actions.court_later_questions); the same words of a wage claim, or no court meant, keep their answers."""

from __future__ import annotations

import pytest

from actions.question_detect import detect_question
from actions.questions import answer_in_context
from bot.domain.knowledge import faq_answer

_DEMOLISHED = "街道办事处11月28日没有任何书面通知 强行拆除我家院子里的棚子"


def _answer(story: str, question: str) -> str:
    return answer_in_context(detect_question(question), question, story) or ""


@pytest.mark.parametrize(
    "said", ["没有起诉 先看你们怎么处理 处理不好我再去法院", "没有 先看看你们咋办 解决不了就去告"]
)
def test_a_court_meant_later_hears_the_deadlines(said: str) -> None:
    answer = _answer(_DEMOLISHED, said)
    assert answer == faq_answer("petition_then_court")
    assert "60日" in answer and "6个月" in answer


@pytest.mark.parametrize(
    ("story", "said"), [("老板欠我工资", "先看你们怎么处理"), ("城管把我的三轮车扣了", "先看你们怎么处理")]
)
def test_waiting_alone_keeps_the_next_steps(story: str, said: str) -> None:
    assert _answer(story, said) != faq_answer("petition_then_court")
