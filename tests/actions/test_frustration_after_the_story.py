"""Anger once the story is told: at the summary or the route question, what is left is asked again (never "您遇到了
什么事"); an impatient question that the story narrows ("那到底要不要全体同意" of a lift) gets its answer."""

from __future__ import annotations

from actions.struggle import AnswerFrustration
from tests.actions.conftest import make_tracker, run_action, texts

COURT = "判决书写得清清楚楚 对方欠我工程款 申请执行一年多了 执行法官电话从来不接"
LIFT = "我们单元加装电梯 十二户有十一户都签字同意了 就一楼那家死活不同意 街道说要全体同意才行"


async def test_anger_at_the_summary_asks_for_the_summary_again():
    tracker = make_tracker(
        "法院的事你们管不管 别又转回给那个法官",
        intent="express_frustration",
        active_loop=None,
        slots={"issue_text": COURT, "awaiting_confirmation": True},
    )
    _, dispatcher, _ = await run_action(AnswerFrustration(), tracker)
    said = texts(dispatcher)
    assert "您遇到了什么事" not in said and "对，提交" in said


def _at_the_route_question(text: str):
    options = {
        "question": "对方是个人或者企业（不是政府部门）吗？",
        "yes": ["hotline_12345", None, "对方是个人或企业"],
        "no": ["petition", None, "对方是政府部门"],
        "default": ["hotline_12345", None, "加装电梯"],
    }
    slots = {
        "issue_text": LIFT,
        "location": "湖北省武汉市洪山区关山街道",
        "awaiting_confirmation": True,
        "route_question": "private_party",
        "route_options": options,
    }
    return make_tracker(text, intent="express_frustration", active_loop=None, slots=slots)


async def test_at_the_route_question_the_question_comes_again():
    tracker = _at_the_route_question("那到底要不要全体同意 你们能不能给个准话")
    _, dispatcher, _ = await run_action(AnswerFrustration(), tracker)
    said = texts(dispatcher)
    assert "第278条" in said and "四分之三" in said  # the owners' vote, not what the office does
    assert "您遇到了什么事" not in said and "对方是个人或者企业" in said


async def test_a_yes_beside_the_question_answers_the_route_question_too():
    tracker = _at_the_route_question("对 那到底要不要全体同意 你们能不能给个准话")
    _, dispatcher, events = await run_action(AnswerFrustration(), tracker)
    said = texts(dispatcher)
    assert "第278条" in said and "请回答" not in said
    assert {"event": "slot", "name": "route", "value": "hotline_12345"} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events
    ]
