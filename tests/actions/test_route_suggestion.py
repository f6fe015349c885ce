"""A matter the intake read as a suggestion (建议意见: no date, no one to answer for it) takes the suggestion
route (第29条), whatever public service it is about; a grievance told in it keeps the route its story needs."""

from __future__ import annotations

import pytest

from actions.matter_kind import COMPLAINT, SUGGESTION, detect_matter_kind
from actions.route_slots import SUGGESTION_DECISION, fresh_decision, likely_route

PROPOSALS = [
    "路口能不能装个红绿灯 娃们过马路太险了",
    "希望在我们村口修个公交站台 老人等车没地方坐",
    "建议在菜场门口增设几个停车位",
    "能不能在公园里建个公厕 老人孩子都不方便",
    "建議在學校門口劃斑馬線",  # traditional characters
    "可不可以多开一趟到县城的班车",
]


@pytest.mark.parametrize("story", PROPOSALS)
def test_a_suggestion_takes_the_suggestion_route(story: str) -> None:
    assert detect_matter_kind(story) == SUGGESTION
    slots = {"issue_text": story, "matter_kind": SUGGESTION, "category": "交通运输"}
    decision = fresh_decision(slots)
    assert decision.code == "suggestion" and decision.question is None
    assert "建议" in decision.reason
    assert likely_route(slots) == decision


def test_a_grievance_added_to_the_suggestion_is_routed_by_its_story() -> None:
    story = "能不能在路口装个红绿灯\n上个月我家老人在这被车撞了 司机跑了交警也不管"
    decision = fresh_decision({"issue_text": story, "matter_kind": SUGGESTION})
    assert decision != SUGGESTION_DECISION and decision.reason.startswith("按反映内容判断")


def test_a_complaint_is_routed_by_its_story() -> None:
    story = "小区门口的红绿灯坏了半个月了 没人修"
    assert detect_matter_kind(story) == COMPLAINT
    decision = fresh_decision({"issue_text": story, "matter_kind": COMPLAINT})
    assert decision.code != "suggestion"
