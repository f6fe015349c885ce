"""A short message that changes a detail on record is that correction, never appended to the story (the corpus
counted five such "damaging corrections": the story grew by "不是合作社 是俺们村委会收的" and the like)."""

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

STORY = "俺家承包的三亩地叫村里收回去了 说是要搞合作社 一分钱没给俺"


@pytest.mark.parametrize(
    ("said", "pending", "known"),
    [
        ("不是合作社 是俺们村委会收的", "category", {"respondent": "合作社"}),
        ("合作社的名儿是丰源种植专业合作社", "legal_status", {"respondent": "合作社"}),
    ],
)
async def test_a_short_correction_leaves_the_story_as_it_was(said, pending, known):
    tracker = make_tracker(
        said, intent="tell_problem", slots={"issue_text": STORY, **known}, requested_slot=pending
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "issue_text" not in slots
    assert any(slots.get(slot) not in (None, value) for slot, value in known.items())


async def test_more_of_the_story_is_still_kept():
    more = "另外他们还把俺家的鸡也抓走了好几只 说是抵账 这不是欺负人吗"
    tracker = make_tracker(
        more, intent="tell_problem", slots={"issue_text": STORY}, requested_slot="legal_status"
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["issue_text"] == f"{STORY}\n{more}"


SUMMARY = {
    "issue_text": STORY,
    "category": "农村农业",
    "location": "湖南省邵阳市隆回县",
    "location_code": "430524",
    "respondent": "合作社",
    "legal_status": "none",
    "prior_report": "未曾反映",
    "people_count": "3户",
    "petitioner_name": "刘满仓",
    "phone": "13812345678",
    "awaiting_confirmation": True,
}


@pytest.mark.parametrize(
    "said",
    [
        "合作社名字没写上 叫丰源种植专业合作社 理事长姓唐",
        "村委会也得写上啊 光写合作社他们又推给村里",
        "不是没反映过 俺找过乡里两回 人家说去找村里",
        "反映对象把村委会也写上 钱是他们经手的",
    ],
)
async def test_a_remark_at_the_summary_is_no_more_story(said):
    tracker = make_tracker(said, intent="tell_problem", slots=SUMMARY, requested_slot=None)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "issue_text" not in slots


async def test_more_of_the_story_at_the_summary_is_still_kept():
    more = "前几天他们又开着铲车来了 把俺家地头的树也推倒了好几棵"
    tracker = make_tracker(more, intent="tell_problem", slots=SUMMARY, requested_slot=None)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["issue_text"] == f"{STORY}\n{more}"


async def test_asking_for_the_classes_is_no_more_story():
    said = "不对 不是种地的事 是钱的事 有哪些类你说给我听"
    tracker = make_tracker(
        said, intent="tell_problem", slots={"issue_text": STORY}, requested_slot="occurred_at"
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "issue_text" not in slots
