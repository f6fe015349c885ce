"""After the alarm, "他打我是在家里" places the beating already told (hx-017): no second alarm, and the home's place,
not the street she fled to, is where it happened."""

from __future__ import annotations

from actions.crisis import CrisisResponse
from tests.actions.conftest import make_tracker, run_action, texts

STORY = "我老公喝了酒就打我 昨天晚上又打了 脸都肿了 我不敢回家 在我妈这"
KNOWN = {
    "issue_text": STORY,
    "urgent": True,
    "category": "政法",
    "location": "湖南省株洲市芦淞区",
    "location_code": "430203",
}


async def test_the_beating_placed_at_home_is_no_new_alarm_and_moves_the_place():
    tracker = make_tracker(
        "株洲市芦淞区建设街道 家是在荷塘区 他打我是在家里",
        intent="domestic_violence",
        slots=KNOWN,
        requested_slot="respondent",
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert "请先看这里" not in said and "危险中" not in said
    assert slots.get("location_code") == "430202"
    assert "respondent" not in slots  # where it happened, never whom the matter is against
    assert "荷塘区" in said


async def test_the_beating_going_on_now_is_still_an_alarm():
    tracker = make_tracker(
        "他现在又在家里打我 在砸门", intent="domestic_violence", slots=KNOWN, requested_slot="respondent"
    )
    _, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert "110" in texts(dispatcher)
