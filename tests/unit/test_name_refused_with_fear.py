""" "名字不说了 怕他找我麻烦" at the name question, though read as a question about privacy: the name is refused
and the fear answered; "能不能不留名字" only asks, and nothing is set."""

from __future__ import annotations

from datetime import datetime

import pytest

from actions.intake_logic import read_turn
from actions.intake_turn import Turn
from actions.slots import NOT_PROVIDED
from bot.domain.category import classify_category
from bot.gazetteer import get_gazetteer

STORY = {"issue_text": "我要举报 镇上派出所的一个辅警天天在街上收摊位费 不给就掀摊子", "category": "政法"}


def _read(said: str, intent: str):
    turn = Turn(
        text=said,
        intent=intent,
        slots=dict(STORY),
        requested_slot="petitioner_name",
        now=datetime(2026, 12, 5, 10),
    )
    return read_turn(turn, get_gazetteer(), classify_category)


@pytest.mark.parametrize("said", ["名字不说了 怕他找我麻烦", "名字就不留了 怕他报复"])
def test_the_refusal_beside_a_fear_skips_the_name(said: str) -> None:
    result = _read(said, "ask_privacy")
    assert result.updates.get("petitioner_name") == NOT_PROVIDED
    assert any("第30条" in (note.text or "") for note in result.notes)  # the fear is answered too


@pytest.mark.parametrize("said", ["能不能不留名字", "名字能保密吗"])
def test_asking_whether_it_may_be_left_out_sets_nothing(said: str) -> None:
    assert "petitioner_name" not in _read(said, "ask_privacy").updates
