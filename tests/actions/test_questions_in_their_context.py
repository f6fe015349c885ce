"""A question asked mid-way is answered for this person's matter: how long the procedure asked about takes, the
route the story points to, who learns of a report of violence at home; the story stays, nothing of the question is
stored, and the pending question is asked again."""

from __future__ import annotations

import pytest

from actions.consultation import AnswerConsultation
from actions.faq_reply import AnswerFaq
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import play

VIOLENCE = "我想问问 老公喝了酒会动手打我 但我不想离婚 也不想让他知道我找过你们 这种能怎么办"


@pytest.mark.parametrize(
    "question",
    [
        "等等 我还没想好要不要登记 登记了他会知道吗",
        "我登记了 他会不会知道啊",
        "你們會告訴他是我來登記的嗎？",
        "登记了我老公能查到吗",
    ],
)
async def test_a_beaten_wife_asking_who_learns_of_it_is_answered_and_her_story_kept(question) -> None:
    turn = await play(
        ValidateIntakeForm(),
        question,
        intent="nlu_fallback",
        slots={"issue_text": VIOLENCE, "category": "政法", "urgent": True},
        requested_slot="location",
        earlier=[{"event": "user", "text": VIOLENCE}],
    )
    assert "保护令" in turn.said and "12338" in turn.said
    assert "婚姻登记" not in turn.said
    assert not {"issue_text", "category", "location"} & set(turn.slots)  # nothing dropped, nothing stored


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("问一下 劳动仲裁要钱吗 要多久能出结果", "ask_duration"),
        ("劳动仲裁收费不 大概要几个月", "ask_consultation"),
        ("想问下申请劳动仲裁去哪 多长时间能有结果", "ask_consultation"),
    ],
)
async def test_how_long_beside_a_question_about_arbitration_is_its_45_days(text, intent) -> None:
    action = AnswerFaq() if intent.startswith("ask_d") else AnswerConsultation()
    turn = await play(action, text, intent=intent, active_loop=None)
    assert "45日" in turn.said
    assert "60日内办结" not in turn.said  # not the petition's time


@pytest.mark.parametrize(
    "again", ["多久出结果你没说啊", "那要多久", "要多长时间才有结果？", "几个月能裁下来"]
)
async def test_how_long_asked_again_after_the_arbitration_question(again) -> None:
    before = "问一下 劳动仲裁要钱吗 要多久能出结果"
    turn = await play(
        AnswerFaq(),
        again,
        intent="ask_duration",
        active_loop=None,
        earlier=[{"event": "user", "text": before}],
    )
    assert "45日" in turn.said


@pytest.mark.parametrize(
    "text", ["我对信访处理意见不满意，还能怎么办？", "对答复不服 还能咋办", "處理意見不滿意怎麼辦"]
)
async def test_dissatisfied_with_the_answer_is_not_asked_where_to_turn(text) -> None:
    turn = await play(AnswerFaq(), text, intent="ask_next_steps", active_loop=None)
    assert "复查" in turn.said and "30日" in turn.said
