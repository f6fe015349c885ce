"""The corpus runner's count of damaging corrections: a message that files a case resets the slots for the next
matter, which is the filing's doing, not a change of details (ho-022 "对 提交 名字写李娟" was counted as
damaging every field); a real change beside it still counts."""

from __future__ import annotations

from bench.conversation_play import changed_slots

BEFORE = {
    "issue_text": "食堂的饭菜很好吃 想表扬后勤处的王师傅",
    "category": "其他",
    "petitioner_name": "王长根",
}


def test_the_reset_after_filing_is_no_change() -> None:
    after = {"case_number": "XF20261206-0001", "issue_text": None, "category": None, "petitioner_name": None}
    assert changed_slots(BEFORE, after) == []


def test_a_value_changed_by_the_filing_message_still_counts() -> None:
    after = {"case_number": "XF20261206-0001", "issue_text": None, "category": "政法"}
    assert changed_slots(BEFORE, after) == ["category"]


def test_without_a_filing_an_emptied_slot_counts() -> None:
    assert changed_slots(BEFORE, {**BEFORE, "category": None}) == ["category"]


def test_the_same_case_number_is_no_new_filing() -> None:
    before = {**BEFORE, "case_number": "XF20261206-0001"}
    assert changed_slots(before, {**before, "petitioner_name": None}) == ["petitioner_name"]
