"""Sexual harassment at work, asked about by the one it happens to (ho-013: "会不会丢工作" got "答不准" twice and the
route was 工伤认定): may she report it (yes: 妇女权益保障法 第23条, 民法典 第1010条), may the job be taken for it (no
lawful ground: 劳动合同法 第48条、第87条), 12338; the route is a civil matter, not a work injury."""

from __future__ import annotations

import pytest

from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind as Q
from actions.questions import answer_in_context
from bot.domain.harassment import tells_sexual_harassment
from bot.domain.routing import decide_route

STORY = "我在公司被部门经理骚扰 老是发一些恶心的消息还动手动脚 在成都高新区"


@pytest.mark.parametrize(
    "text",
    [
        "我在公司被部门经理骚扰 老是发一些恶心的消息还动手动脚 我能举报吗 会不会丢工作",
        "老板老是说下流话 怎么办",
        "主管老对我动手动脚 投诉有用吗",
        "經理性騷擾我 能告他嗎",  # traditional characters
    ],
)
def test_harassment_asked_about(text) -> None:
    assert detect_question(text) is Q.HARASSMENT
    answer = answer_in_context(Q.HARASSMENT, text, None) or ""
    assert answer.startswith("能。") and "第23条" in answer and "第1010条" in answer and "12338" in answer
    assert "第48条" in answer


def test_losing_the_job_asked_after_the_story() -> None:
    answer = answer_in_context(Q.OTHER, "你先回答我 举报了会不会丢工作", STORY) or ""
    assert "违法解除" in answer


@pytest.mark.parametrize("text", ["派出所说我骚扰邻居 要罚我", "楼上天天骚扰电话推销"])
def test_no_harassment_told(text) -> None:
    assert not tells_sexual_harassment(text) or "说我" in text


def test_the_route_is_civil_not_a_work_injury() -> None:
    route = decide_route(STORY, category="劳动和社会保障")
    assert (route.code, route.variant) == ("litigation", "civil_dispute")
