"""A correction at the summary changes a detail the route rests on: the route question the citizen already answered
in this intake is not put again, the route on record stands (lead-075); in a new intake it is asked."""

from __future__ import annotations

from actions.summary import ShowSummary
from tests.actions.conftest import make_tracker, run_action, texts
from tests.actions.test_route_question import WAGES, unsure  # noqa: F401 - the fixture

QUESTION = "对方是您的用人单位（老板、公司、包工头）吗？"
ANSWERED = {
    **WAGES,
    "route": "labour_inspection",
    "route_reason": "群众确认：对方是用人单位",
    "route_basis": "before-the-correction",  # a detail corrected at the summary since
}


def _tracker(earlier: list[dict]):
    tracker = make_tracker(slots=ANSWERED, active_loop=None)
    tracker.events[:0] = earlier
    return tracker


async def test_the_question_answered_in_this_intake_is_not_put_again(unsure):  # noqa: F811
    earlier = [
        {"event": "slot", "name": "intake_id", "value": "intake-7"},
        {"event": "bot", "text": f"还想跟您确认一件事，好告诉您该走哪条途径：{QUESTION}"},
        {"event": "user", "text": "是"},
    ]
    slots, dispatcher, _ = await run_action(ShowSummary(), _tracker(earlier))
    assert QUESTION not in texts(dispatcher)
    assert "请核对" in texts(dispatcher)
    assert slots["route"] == "labour_inspection" and slots["route_question"] is None
    assert slots["route_reason"] == "群众确认：对方是用人单位"


async def test_a_question_asked_in_an_earlier_intake_is_asked_again(unsure):  # noqa: F811
    earlier = [
        {"event": "bot", "text": f"还想跟您确认一件事，好告诉您该走哪条途径：{QUESTION}"},
        {"event": "slot", "name": "intake_id", "value": "intake-7"},
    ]
    slots, dispatcher, _ = await run_action(ShowSummary(), _tracker(earlier))
    assert QUESTION in texts(dispatcher)
    assert slots["route_question"] == "employer"
