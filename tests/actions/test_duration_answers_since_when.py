"""At the time question ("从什么时候开始的"), a bare duration answers since when: "干了一年" is a year ago. Said
elsewhere it only says how long, and an amount ("三个月工钱") is no time. New phrasings written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from actions.intake_logic import read_turn
from actions.intake_turn import Turn
from bot.domain.category import classify_category
from bot.gazetteer import get_gazetteer

STORY = {"issue_text": "在工地干活 包工头欠我工钱不给", "category": "劳动和社会保障"}
NOW = datetime(2026, 12, 5, 10, 0)


def read(text: str, requested: str = "occurred_at"):
    turn = Turn(text=text, intent="inform", slots=dict(STORY), requested_slot=requested, now=NOW)
    return read_turn(turn, get_gazetteer(), classify_category)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("干了一年", "2025"),
        ("幹了一年多", "2025"),  # traditional characters
        ("在这干了半年", "2026-06"),
        ("来了三个多月 一分没给", "2026-09"),
        ("干了８个月吧", "2026-04"),  # full-width digits
        ("做了两年", "2024"),
    ],
)
def test_a_bare_duration_at_the_time_question_is_that_long_ago(text, start):
    assert str(read(text).updates.get("occurred_at", "")).startswith(start)


@pytest.mark.parametrize("text", ["一共三个月工钱", "欠了三万六"])
def test_an_amount_is_no_time(text):
    assert "occurred_at" not in read(text).updates


def test_a_duration_at_another_question_sets_no_time():
    assert "occurred_at" not in read("干了一年", requested="respondent").updates
