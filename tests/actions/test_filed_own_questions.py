"""A question about the substance of a matter just filed is read with what the citizen told before it (hk-021:
"那我这个到底算不算工伤" after filing a rider's accident got "我这里没有准确的答案")."""

from __future__ import annotations

from actions.faq_reply import AnswerFaq
from bot.domain.knowledge import faq_answer
from tests.actions.conftest import make_tracker, run_action, texts

FILED = {"case_number": "XF20261206-0001", "route": "labour_arbitration", "route_variant": "work_injury"}


async def test_a_question_after_filing_is_read_with_the_story() -> None:
    tracker = make_tracker("那我这个到底算不算工伤", intent="ask_other", slots=FILED, active_loop=None)
    tracker.events.insert(0, {"event": "user", "text": "我是送外卖的 送餐时被车撞了 站点说我们是众包的不管"})
    _, dispatcher, _ = await run_action(AnswerFaq(), tracker)
    assert faq_answer("work_injury_employer_unclear") in texts(dispatcher)


async def test_without_a_filed_case_the_story_is_not_searched() -> None:
    tracker = make_tracker("那我这个到底算不算工伤", intent="ask_other", active_loop=None)
    tracker.events.insert(0, {"event": "user", "text": "我是送外卖的 送餐时被车撞了 站点说我们是众包的不管"})
    _, dispatcher, _ = await run_action(AnswerFaq(), tracker)
    assert faq_answer("work_injury_employer_unclear") not in texts(dispatcher)
