""" "同上" at the address question is the place as the citizen told it: the street, estate and building said
with the district are part of it (the written notice must reach them)."""

from __future__ import annotations

import pytest

from actions.turn_adapter import place_message
from actions.validate_intake import ValidateIntakeForm
from bot.parsing.address import address_below_place
from tests.actions.conftest import make_tracker, run_action

HAIZHU = "广东省广州市海珠区"


@pytest.mark.parametrize(
    ("message", "address"),
    [
        ("先说电梯吧 广州市海珠区 江南中街 富力海珠城 三栋", f"{HAIZHU} 江南中街 富力海珠城 三栋"),
        ("廣州市海珠區 江南中街 富力海珠城 3棟", f"{HAIZHU} 江南中街 富力海珠城 3栋"),
        ("海珠区，江南中街88号", f"{HAIZHU} 江南中街88号"),
        ("就在广州市海珠区 富力海珠城三栋502", f"{HAIZHU} 富力海珠城三栋502"),
        ("广州海珠区 江南中街 这个物业太差了", f"{HAIZHU} 江南中街"),
    ],
)
def test_the_streets_said_after_the_place_belong_to_it(message, address):
    assert address_below_place(HAIZHU, message) == address


@pytest.mark.parametrize(
    "message",
    ["广州市海珠区", "我在广州市海珠区租的房子 房东不退押金", "广州市海珠区 物业不管", "", "同一个地方"],
)
def test_nothing_more_said_of_the_place(message):
    assert address_below_place(HAIZHU, message) is None


def test_the_message_that_set_the_place_is_found():
    events = [
        {"event": "user", "text": "我要反映电梯老坏"},
        {"event": "slot", "name": "issue_text", "value": "电梯老坏"},
        {"event": "user", "text": "广州市海珠区 江南中街 富力海珠城 三栋"},
        {"event": "slot", "name": "location", "value": HAIZHU},
        {"event": "user", "text": "坏了快一年了"},
        {"event": "slot", "name": "location", "value": None},
    ]
    assert place_message(events) == "广州市海珠区 江南中街 富力海珠城 三栋"
    assert place_message(events[:2]) == ""


async def test_same_as_above_keeps_the_street_and_building(monkeypatch):
    slots = {"issue_text": "小区电梯老坏 物业不修", "location": HAIZHU, "location_code": "440105"}
    tracker = make_tracker("同上", slots=slots, requested_slot="address")
    tracker.events[1:1] = [
        {"event": "user", "text": "先说电梯吧 广州市海珠区 江南中街 富力海珠城 三栋"},
        {"event": "slot", "name": "location", "value": HAIZHU},
    ]
    updated, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert updated["address"] == f"{HAIZHU} 江南中街 富力海珠城 三栋"


async def test_same_as_above_without_more_words_is_the_place():
    slots = {"issue_text": "小区电梯老坏 物业不修", "location": HAIZHU, "location_code": "440105"}
    updated, _, _ = await run_action(
        ValidateIntakeForm(), make_tracker("同上", slots=slots, requested_slot="address")
    )
    assert updated["address"] == HAIZHU
