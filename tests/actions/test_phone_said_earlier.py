"""At the phone question, "就是刚才那个电话" means the number the citizen gave earlier in the chat (lead-043: it opened
the correction menu, "想修改哪一项")."""

from __future__ import annotations

import pytest

from actions.corrections import CorrectDetail
from actions.validate_intake import ValidateIntakeForm
from bot.parsing.phone import latest_own_phone, refers_to_phone_said
from tests.actions.conftest import make_tracker, run_action, texts

NEW_MATTER = {
    "issue_text": "我們小區的物業費漲了一倍 業主都不同意",
    "category": "城乡建设",
    "location": "广东省东莞市南城街道",
    "location_code": "441900004",
    "people_count": "八百多户",
    "petitioner_name": "陈",
}
EARLIER = "電話是13574129865 你幫我查一下不行嗎"


def with_earlier_message(text: str, intent: str, earlier: str = EARLIER):
    tracker = make_tracker(text, intent=intent, requested_slot="phone", slots=NEW_MATTER)
    tracker.events.insert(0, {"event": "user", "text": earlier, "parse_data": {"intent": {"name": "inform"}}})
    return tracker


@pytest.mark.parametrize("said", ["就是剛才那個電話", "用上面说的号码", "电话就是我刚才报的那个号"])
async def test_the_form_reads_the_number_said_earlier(said):
    slots, _, _ = await run_action(ValidateIntakeForm(), with_earlier_message(said, "inform"))
    assert slots["phone"] == "13574129865"


async def test_taken_for_a_correction_it_is_still_the_answer():
    slots, dispatcher, _ = await run_action(
        CorrectDetail(), with_earlier_message("就是剛才那個電話", "correct_detail")
    )
    assert slots["awaiting_confirmation"] is False and slots["phone"] == "13574129865"
    assert "想修改哪一项" not in texts(dispatcher)


async def test_no_number_earlier_is_no_answer():
    slots, _, _ = await run_action(
        ValidateIntakeForm(), with_earlier_message("就是剛才那個電話", "inform", earlier="我上个月登记过")
    )
    assert "phone" not in slots or slots["phone"] in (None, "")


@pytest.mark.parametrize(
    ("said", "refers"),
    [("还是刚才那个电话", True), ("刚才那个电话写错了 是13012267413", False), ("电话13800138000", False)],
)
def test_pointing_back(said, refers):
    assert refers_to_phone_said(said) is refers


def test_the_latest_number_wins():
    assert latest_own_phone(["13800138000", "没有", "改成13912345678吧"]) == "13912345678"


async def test_the_number_kept_for_a_check_is_used_when_the_messages_are_masked():
    """The tracker store masks numbers in stored messages: the phone kept for the check is the one meant."""
    tracker = with_earlier_message(
        "就是剛才那個電話", "inform", earlier="電話是135****9865 你幫我查一下不行嗎"
    )
    tracker.slots["progress_phone"] = "13574129865"
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["phone"] == "13574129865"


@pytest.mark.parametrize(
    ("said", "intent"), [("就是刚才那个159的", "inform"), ("電話還是一樣", "correct_detail")]
)
async def test_the_number_of_a_check_done_earlier_is_used(said, intent):
    """After a progress check its phone slot is emptied (and stored messages are masked): the slot's history holds it."""
    tracker = with_earlier_message(said, intent, earlier="查一下进度 159****6608")
    tracker.events.insert(0, {"event": "slot", "name": "progress_phone", "value": "15937126608"})
    tracker.events.insert(1, {"event": "slot", "name": "progress_phone", "value": None})
    action = ValidateIntakeForm() if intent == "inform" else CorrectDetail()
    slots, _, _ = await run_action(action, tracker)
    assert slots["phone"] == "15937126608"


async def test_a_number_said_by_other_first_digits_is_not_taken():
    tracker = with_earlier_message("就是刚才那个186的", "inform", earlier="查一下进度")
    tracker.events.insert(0, {"event": "slot", "name": "progress_phone", "value": "15937126608"})
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("phone") in (None, "")
