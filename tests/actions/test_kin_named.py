"""A relative named at the name question or at the summary is put into the story, and the citizen hears so."""

from __future__ import annotations

from actions.conversation import HandleUnclear
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts

STORY = "我爸七十了 在厂里看门 晚上摔了一跤 腿骨折了 厂里不管"


def story_slots(**more) -> dict:
    return {
        "issue_text": STORY,
        "category": "劳动和社会保障",
        "location": "河南省郑州市中牟县",
        "location_code": "410122",
        "respondent": "鑫达纸箱厂",
        "legal_status": "none",
        "prior_report": "未曾反映",
        "people_count": "1",
        **more,
    }


async def test_a_relative_named_at_the_name_question_goes_into_the_story():
    tracker = make_tracker("俺叫刘国强 俺爹叫刘长顺", requested_slot="petitioner_name", slots=story_slots())
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["petitioner_name"] == "刘国强"
    assert slots["issue_text"].startswith(STORY) and slots["issue_text"].endswith("俺爹：刘长顺")
    assert "刘长顺" in texts(dispatcher)


async def test_the_own_name_alone_adds_nothing():
    tracker = make_tracker("我叫刘国强", requested_slot="petitioner_name", slots=story_slots())
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["petitioner_name"] == "刘国强" and "issue_text" not in slots


async def test_a_relative_to_add_at_the_summary_with_another_correction():
    slots = story_slots(
        petitioner_name="刘国强",
        phone="13800000000",
        address="同上",
        people_count="3",
        awaiting_confirmation=True,
    )
    tracker = make_tracker(
        "人数不对 就我爹一个 还有摔伤的是我爹 名字也写上刘长顺",
        intent="nlu_fallback",
        slots=slots,
        active_loop=None,
    )
    updates, dispatcher, _ = await run_action(HandleUnclear(), tracker)
    assert updates["issue_text"].endswith("我爹：刘长顺")
    assert str(updates["people_count"]) == "1"
    assert "刘长顺" in texts(dispatcher) and "人数" in texts(dispatcher)
