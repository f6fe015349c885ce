"""A short answer, then another matter announced ("没有 还有个事 村里低保都给了他亲戚"): the answer is read for the
question asked, and the other matter kept for after this case; nothing of either is lost."""

from __future__ import annotations

from datetime import datetime

import pytest

from actions.intake_logic import read_turn
from actions.intake_turn import Turn
from actions.matter_split import answer_then_another_matter
from bot.domain.category import classify_category
from bot.gazetteer import get_gazetteer

STORY = {"issue_text": "我要举报我们村支书 把村里的集体土地偷偷卖给外地老板建厂", "category": "纪检监察"}
NOW = datetime(2026, 12, 5, 10, 0)


@pytest.mark.parametrize(
    ("text", "requested", "slot", "value", "later"),
    [
        ("没有 还有个事 村里低保都给了他亲戚 真正困难的没有", "legal_status", "legal_status", "none", "低保"),
        ("没有。另外还有一件事，村里低保都给了他亲戚", "legal_status", "legal_status", "none", "低保"),
        ("没找过 另外还有个问题 村口路灯坏了大半年", "prior_report", "prior_report", "未曾反映", "路灯"),
        ("没有，還有個事 村裡的路燈壞了半年", "legal_status", "legal_status", "none", "路"),  # traditional
    ],
)
def test_the_answer_is_read_and_the_other_matter_kept(text, requested, slot, value, later):
    turn = Turn(text=text, intent="inform", slots=dict(STORY), requested_slot=requested, now=NOW)
    result = read_turn(turn, get_gazetteer(), classify_category)
    assert result.updates.get(slot) == value
    assert later in result.updates["pending_matters"][-1]
    assert "记下了" in result.notes[0].text


@pytest.mark.parametrize(
    "text",
    [
        "他们说还有个事没办完",
        "没有",
        "还有个事",
        "我找过镇里 村里 县里 信访局 纪委 他们都说还有个事要查清楚 让我等着",
    ],
)
def test_no_other_matter_without_a_short_answer_and_a_story(text):
    assert answer_then_another_matter(text) is None
