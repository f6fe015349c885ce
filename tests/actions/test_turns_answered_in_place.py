"""Messages answered where they are said, never "没太明白" nor stored as something else: contact details taken back at
the summary, a party whose name is not known, "就写…" of a party on record, a question thrown back at the office,
help on its way while the story is held, and a question asked again before the matter held is on record."""

from __future__ import annotations

import pytest

from actions.conversation import DefaultFallback, HandleUnclear
from actions.crisis_timing import HELP_COMING
from actions.frustration import frustration_answer
from actions.intake_turn import Turn
from actions.question_first import story_held
from actions.slots import NOT_PROVIDED
from actions.turn_adapter import read_turn_safely
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import play

SUMMARY = {
    "issue_text": "俺们村会计把村里鱼塘承包费好几年的钱都揣自己兜里了",
    "category": "纪检监察",
    "location": "陕西省渭南市蒲城县椿林镇",
    "location_code": "610526",
    "respondent": "村会计雷文亮",
    "legal_status": "none",
    "prior_report": "给镇纪委写过信",
    "people_count": "全村",
    "petitioner_name": "雷满囤",
    "phone": "13619137452",
    "address": NOT_PROVIDED,
    "awaiting_confirmation": True,
}


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("那俺名字电话不留了 行不", ("petitioner_name", "phone")),
        ("电话也删了", ("phone",)),
        ("把我名字去掉", ("petitioner_name",)),
    ],
)
async def test_contact_details_taken_back_at_the_summary_are_left_empty(text, gone):
    turn = await play(DefaultFallback(), text, intent="nlu_fallback", active_loop=None, slots=SUMMARY)
    assert all(turn.slots[slot] == NOT_PROVIDED for slot in gone)
    assert set(turn.slots) - {"awaiting_confirmation"} <= {*gone, "route_question", "route_options"}
    assert "没太明白" not in turn.said


STORY = "村里说俺家的宅基地超了要收回一半 还让俺交罚款两千 镇上的人来丈量的 是土地所的 姓包的"


async def test_a_party_whose_name_is_not_known_is_the_answer_not_a_name_kept_back():
    turn = await play(
        ValidateIntakeForm(),
        "陈淋子镇土地所 姓包的那个 名字不知道",
        intent="skip",
        requested_slot="respondent",
        slots={"issue_text": STORY, "category": "国土资源"},
    )
    assert "土地所" in turn.slots["respondent"]
    assert "问到的时候可以不留" not in turn.said


async def test_write_it_as_a_shorter_party_corrects_the_party_on_record():
    turn = await play(
        ValidateIntakeForm(),
        "就写陈淋子镇土地所",
        requested_slot="prior_report",
        slots={"issue_text": STORY, "category": "国土资源", "respondent": "陈淋子镇土地所 姓包的那个"},
    )
    assert turn.slots["respondent"] == "陈淋子镇土地所"
    assert "prior_report" not in turn.slots


def test_a_question_thrown_back_at_the_summary_is_answered_and_stores_nothing():
    slots = {
        "issue_text": "小区没有充电桩 居民飞线充电 我已打过12345三次 均无结果",
        "category": "城乡建设",
        "prior_report": "12345",
        "awaiting_confirmation": True,
    }
    result = read_turn_safely(Turn("我打了三次12345都无结果 你们又建议我找12345？", "tell_problem", slots))
    assert result.updates == {}
    assert [note.text for note in result.notes] == [frustration_answer()]


async def test_help_on_its_way_the_classifier_was_unsure_of_gets_what_to_do_then_the_intake():
    slots = {"urgent": True, "issue_text": "俺男人喝了酒又打俺 拿着镰刀说要砍死俺 俺跑到邻居家躲着呢"}
    turn = await play(
        HandleUnclear(), "打了110了 说马上来 俺好怕", intent="nlu_fallback", active_loop=None, slots=slots
    )
    assert turn.said.startswith(HELP_COMING) and "没太明白" not in turn.said
    assert any(e.get("name") == "intake_form" for e in turn.events if e.get("event") == "followup")


def test_a_question_asked_again_keeps_the_matter_held():
    told = "我们家老房子拆迁 补偿协议是逼着我签的 签了字还能反悔吗"
    asked = Turn("那到底能不能反悔啊 说清楚点", "express_frustration", {}, "location", told_before=told)
    answered = Turn("襄阳市樊城区 米公街道", "inform", {}, "location", told_before=told)
    assert story_held(asked) is None
    assert story_held(answered) is not None


def test_a_second_number_in_the_phone_answer_is_kept_beside_it():
    result = read_turn_safely(
        Turn("0455-5237819 这是家里座机 手机号是13351028746", "inform", {"issue_text": "地让人种了"}, "phone")
    )
    assert result.updates["phone"] == "0455-5237819"
    assert "13351028746" in result.updates["contact_note"]


@pytest.mark.parametrize("text", ["对 手机号也记上", "手机也写上吧"])
async def test_the_second_number_asked_to_be_kept_at_the_summary_is_confirmed(text):
    slots = {**SUMMARY, "phone": "0455-5237819", "contact_note": "另一个号码 13351028746"}
    turn = await play(HandleUnclear(), text, intent="nlu_fallback", active_loop=None, slots=slots)
    assert "两个号码都记上了" in turn.said and "没太明白" not in turn.said
    assert turn.slots == {}
