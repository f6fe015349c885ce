"""At the time question, a month given with the day not remembered keeps the month, whatever the classifier made
of the message; at the respondent question, a question with the citizen's own side described stores no party."""

from __future__ import annotations

from datetime import datetime

import pytest

from actions.intake_logic import read_turn
from actions.intake_turn import Turn
from actions.turn_answers import carries_answer
from bot.domain.category import classify_category
from bot.gazetteer import get_gazetteer

STORY = {"issue_text": "我闺女在超市上班 手被机器轧伤了 老板只给了一千块"}
NOW = datetime(2026, 12, 5, 10, 0)


def read(text: str, requested: str, intent: str = "inform"):
    turn = Turn(text=text, intent=intent, slots=dict(STORY), requested_slot=requested, now=NOW)
    return read_turn(turn, get_gazetteer(), classify_category)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("九月中旬吧 几号记不得了", "2026-09"),
        ("十月份的事 具体哪天想不起来了", "2026-10"),
        ("上個月 幾號記不住了", "2026-11"),
        ("去年三月份 哪天忘了", "2025-03"),
    ],
)
@pytest.mark.parametrize("intent", ["inform", "skip"])
def test_the_month_is_kept_when_the_day_is_not_known(text, month, intent):
    assert str(read(text, "occurred_at", intent).updates.get("occurred_at", "")).startswith(month)


def test_a_skip_with_no_time_still_skips():
    assert read("记不得了 跳过吧", "occurred_at", "skip").updates.get("occurred_at") == "未提供"


def test_a_time_carries_the_answer():
    turn = Turn(text="", intent="skip", slots={}, requested_slot="occurred_at", now=NOW)
    assert carries_answer(turn, "八月底吧")
    assert not carries_answer(turn, "不记得了")


@pytest.mark.parametrize(
    "text",
    ["那厂里不给报咋办 俺闺女是临时工", "老板不认怎么整 我家孩子是学徒", "能不能告他 我男人是外地户口"],
)
def test_a_question_with_the_own_side_described_stores_no_party(text):
    result = read(text, "respondent", "ask_question")
    assert "respondent" not in result.updates
    assert result.notes  # the question is answered
