"""A guess at the answer said with 吧 ("收钱的有四五户吧" at the head-count question) is that answer: words of
money in it ask nothing about fees. A real question beside an answer is still answered. New phrasings."""

from __future__ import annotations

from datetime import datetime

import pytest

from actions.intake_logic import read_turn
from actions.intake_turn import Turn
from bot.domain.category import classify_category
from bot.gazetteer import get_gazetteer

STORY = {"issue_text": "城建科副科长收了几户人家的钱 他们的违建就不拆", "category": "纪检监察"}
NOW = datetime(2026, 12, 5, 10, 0)


def read(text: str, requested: str = "people_count"):
    turn = Turn(text=text, intent="inform", slots=dict(STORY), requested_slot=requested, now=NOW)
    return read_turn(turn, get_gazetteer(), classify_category)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("收钱的有四五户吧", "四五户"),
        ("交了钱的有七八户吧", "七八户"),
        ("收费的有五户吧", "5"),
        ("塞钱的差不多十来户吧~", "十来户"),
        ("收錢的有四五戶吧", "四五户"),  # traditional characters
    ],
)
def test_a_guessed_count_is_the_count_and_no_fee_question(text, count):
    result = read(text)
    assert count in str(result.updates.get("people_count"))
    assert not any("不收费" in (note.text or "") for note in result.notes)


@pytest.mark.parametrize("text", ["就我一个 不收费吧", "收钱的有四五户吧？", "不要钱吧"])
def test_a_hopeful_question_about_fees_is_still_answered(text):
    result = read(text)
    assert any("不收费" in (note.text or "") for note in result.notes)
