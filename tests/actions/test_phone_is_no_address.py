"""At the address question a phone number ("就打这个号 139…") is no address; an address beside a phone stays one.
New phrasings written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from actions.corrections import CorrectDetail
from actions.intake_logic import read_turn
from actions.intake_turn import Turn
from bot.domain.category import classify_category
from bot.gazetteer import get_gazetteer
from tests.actions.conftest import make_tracker, run_action

NOW = datetime(2026, 12, 5, 10)
SLOTS = {"issue_text": "儿子不给赡养费", "phone": "13912345678", "location": "河南省商丘市虞城县稍岗镇"}


def read(text: str):
    turn = Turn(text=text, intent="inform", slots=dict(SLOTS), requested_slot="address", now=NOW)
    return read_turn(turn, get_gazetteer(), classify_category)


@pytest.mark.parametrize(
    "text",
    ["就打这个号 13912345678", "不是不留 打这个电话 139 1234 5678", "打这个电话就行 １３９１２３４５６７８"],
)
def test_a_phone_at_the_address_question_is_no_address(text):
    assert "address" not in read(text).updates


@pytest.mark.parametrize(
    ("text", "kept"), [("稍岗镇李楼村5号 13912345678", "李楼村"), ("12栋502 13912345678", "12栋502")]
)
def test_an_address_with_a_phone_beside_it_is_kept(text, kept):
    assert kept in read(text).updates["address"]


@pytest.mark.parametrize(
    "text", ["地址不对 俺住稍岗镇李楼村", "地址错了 是稍岗镇李楼村8号", "地址不對 俺住稍崗鎮李樓村"]
)
async def test_the_address_said_wrong_while_asked_is_the_address(text):
    slots = {**SLOTS, "location_code": "411425102"}
    tracker = make_tracker(text, intent="correct_detail", slots=slots, requested_slot="address")
    updates, _, _ = await run_action(CorrectDetail(), tracker)
    assert "李楼村" in updates["address"] and "location" not in updates
