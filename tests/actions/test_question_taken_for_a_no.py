"""A question at the summary that the classifier took for a "no" ("她一家不同意是不是就装不成了"): it is answered,
nothing changes and the summary still waits for its yes; a plain no still asks what to change."""

from __future__ import annotations

import pytest

from actions.corrections import CorrectDetail
from tests.actions.conftest import play

SUMMARY = {
    "issue_text": "我们小区想装电梯 一楼的老张死活不同意 我腿脚不好住六楼",
    "category": "城乡建设",
    "location": "上海市静安区彭浦新村街道",
    "location_code": "310106015",
    "legal_status": "none",
    "petitioner_name": "周美华",
    "phone": "13916237745",
    "awaiting_confirmation": True,
}


@pytest.mark.parametrize(
    "text", ["她一家不同意是不是就装不成了", "我问你呢 一家不同意能不能装", "一楼不同意 電梯還能裝嗎"]
)
async def test_the_question_is_answered_and_nothing_changes(text):
    turn = await play(CorrectDetail(), text, intent="deny", active_loop=None, slots=SUMMARY)
    assert "第278条" in turn.said and "utter_ask_confirm" in turn.said
    assert "utter_ask_which_to_correct" not in turn.said
    assert turn.slots == {"awaiting_confirmation": True}


@pytest.mark.parametrize("text", ["不对", "需要修改"])
async def test_a_plain_no_still_asks_what_to_change(text):
    turn = await play(CorrectDetail(), text, intent="deny", active_loop=None, slots=SUMMARY)
    assert "utter_ask_which_to_correct" in turn.said
