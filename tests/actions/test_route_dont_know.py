"""'不知道' to the route question is no 'no': it begins with 不 and was read as one, which sent a neighbours'
drainage dispute to 12345 instead of the civil route its story pointed to. Not knowing keeps the story's route;
a plain no followed by a doubt is still a no."""

from __future__ import annotations

import pytest

from actions.route_question import AnswerRouteQuestion, yes_or_no
from tests.actions.conftest import make_tracker, run_action, texts
from tests.actions.test_route_question import WAGES, _asked, unsure  # noqa: F401 - the fixture is used by name

NOT_KNOWING = ["不知道", "不晓得", "不清楚 你们看着办", "我也说不清", "不懂这些", "不知道是不是"]


@pytest.mark.parametrize("text", NOT_KNOWING)
@pytest.mark.parametrize("intent", [None, "deny", "inform"])
def test_not_knowing_is_neither_yes_nor_no(text: str, intent: str | None) -> None:
    assert yes_or_no(text, intent) is None


@pytest.mark.parametrize("text", ["不是 具体我也不清楚", "不对 我不知道他算不算", "没有"])
def test_a_no_with_a_doubt_is_still_a_no(text: str) -> None:
    assert yes_or_no(text, None) is False


@pytest.mark.parametrize("text", NOT_KNOWING)
async def test_not_knowing_keeps_the_route_the_story_points_to(unsure, text: str) -> None:  # noqa: F811
    asked = await _asked(WAGES)
    slots, dispatcher, _ = await run_action(
        AnswerRouteQuestion(), make_tracker(text, intent="deny", slots=asked, active_loop=None)
    )
    assert "群众说不清楚" in slots["route_reason"] and "群众答：不是" not in slots["route_reason"]
    assert "工作人员受理时还会再看" in texts(dispatcher)
