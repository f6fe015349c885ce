"""Asked about a court, "没有" with a question about suing beside it ("没有 花钱不 起诉") says no suit: the
suit named is the question's topic, even where the question cut from the message leaves it standing alone."""

from __future__ import annotations

from datetime import datetime

import pytest

from actions.intake_logic import read_turn
from actions.intake_turn import Turn
from bot.domain.category import classify_category
from bot.gazetteer import get_gazetteer

NOW = datetime(2026, 12, 5, 10, 0)
DEBT = {"issue_text": "给一家公司送了半年的货 货款九万多一直拖着不结", "category": "经济管理"}


def _status(text: str) -> str | None:
    turn = Turn(text=text, intent="inform", slots=dict(DEBT), requested_slot="legal_status", now=NOW)
    return read_turn(turn, get_gazetteer(), classify_category).updates.get("legal_status")


@pytest.mark.parametrize(
    "text",
    [
        "没有 花钱不 起诉",
        "还没 贵不 打官司",
        "沒有 要錢不 打官司",  # traditional characters
        "没得 收费不 告他们",
    ],
)
def test_no_with_a_question_about_suing_is_no_suit(text):
    assert _status(text) == "none"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("已经起诉了 开庭要钱不", "in_court"),
        ("去年就判了 执行要钱吗", "judged"),
    ],
)
def test_a_suit_told_beside_a_question_stays(text, status):
    assert _status(text) == status
