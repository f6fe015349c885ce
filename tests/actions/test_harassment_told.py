"""A story of sexual harassment hears, before the questions, that it is not her fault, that the law forbids it and
12338 (id-007); a story that only mentions being accused of harassment does not."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts


@pytest.mark.parametrize(
    "story",
    [
        "我被我们老板性骚扰 他老是摸我 还发那种信息给我 我不敢辞职",
        "经理老是发恶心的消息还动手动脚 我一个实习生不敢说",
        "公司主管总找机会摸我 我跟人事说了没人管",
    ],
)
async def test_harassment_told_hears_12338_first(story):
    tracker = make_tracker(story, intent="tell_problem", requested_slot="issue_text")
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    said = texts(dispatcher)
    assert slots["issue_text"] == story
    assert "12338" in said and "不是您的错" in said and "妇女权益保障法" in said


async def test_accused_of_harassment_hears_no_such_word():
    story = "派出所不给立案 还说我骚扰他们 我去了三次了"
    tracker = make_tracker(story, intent="tell_problem", requested_slot="issue_text")
    _, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "12338" not in texts(dispatcher)
