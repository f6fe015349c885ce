"""A condition said after a question is part of the question ("要花钱吗 打官司的话", ho-001): no detail is read from it."""

from __future__ import annotations

import pytest

from actions.intake_turn import Turn
from actions.turn_adapter import read_turn_safely
from actions.turn_context import reading_text


@pytest.mark.parametrize(
    "text", ["要花钱吗 打官司的话", "打官司要多久 要是仲裁的话", "能不能先不交罚款 万一复议的话"]
)
def test_the_condition_after_a_question_sets_nothing(text) -> None:
    turn = Turn(
        text=text,
        intent="inform",
        slots={"issue_text": "健身房跑路了 预付卡退不了"},
        requested_slot="legal_status",
    )
    assert "legal_status" not in read_turn_safely(turn).updates
    assert reading_text(text) == ""


def test_a_condition_in_a_statement_stays() -> None:
    assert reading_text("没打官司的话 我们几户先找了街道") != ""
