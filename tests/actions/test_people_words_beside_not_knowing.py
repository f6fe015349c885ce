"""At the head-count question, many people said in words with the exact number not known keeps the words, whatever
the classifier made of the message ("不清楚" reads as a skip to it)."""

from __future__ import annotations

from datetime import datetime

import pytest

from actions.intake_logic import read_turn
from actions.intake_turn import Turn
from bot.domain.category import classify_category
from bot.gazetteer import get_gazetteer

STORY = {"issue_text": "小区物业突然说停车费要涨一倍 不交就不让进"}
NOW = datetime(2026, 12, 5, 10, 0)


def read(text: str, intent: str):
    turn = Turn(text=text, intent=intent, slots=dict(STORY), requested_slot="people_count", now=NOW)
    return read_turn(turn, get_gazetteer(), classify_category)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("好多户都收到通知了 具体几户不清楚", "好多户"),
        ("很多业主都这样 到底多少我也说不清", "很多业主"),
        ("整栋楼都是 具体人数不知道", "整栋楼"),
    ],
)
@pytest.mark.parametrize("intent", ["inform", "skip"])
def test_many_in_words_are_kept_when_the_number_is_not_known(text, words, intent):
    assert words in str(read(text, intent).updates.get("people_count", ""))


@pytest.mark.parametrize("text", ["不清楚 跳过吧", "说不好"])
def test_not_knowing_alone_still_skips(text):
    assert read(text, "skip").updates.get("people_count") == "未提供"
