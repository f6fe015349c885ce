"""At the summary a dialect yes files and a bare "免" is asked plainly; a correction is never more of the story
and changes only the detail it names; a door number at the address question is no date; name and phone said
with the second of two matters are kept for the first."""

from __future__ import annotations

import pytest

from actions.conversation import HandleUnclear
from actions.correction_parse import parse_corrections
from actions.corrections import CorrectDetail
from actions.matter_split import contact_in
from actions.slots import NOT_PROVIDED
from actions.summary import summary_word
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts


@pytest.mark.parametrize(
    "text", ["着", "着啊", "著！", "对着", "係", "啱晒", "中", "要得", "对头", "冇问题", "着 提交"]
)
def test_a_dialect_yes_at_the_summary(text):
    assert summary_word(text) == "yes"


@pytest.mark.parametrize("text", ["免", "免了", "不用", "免啦", "不用寄", "不用寄了", "不用留了", "不用了！"])
def test_no_need_at_the_summary(text):
    assert summary_word(text) == "no_need"


@pytest.mark.parametrize(
    "text",
    [
        "着急",
        "着火了",
        "中国",
        "免费吗",
        "免贵姓王",
        "是不是",
        "中不中",
        "对头了 提交",
        "不用寄给我 寄给我儿子",
        "不用改名字",
    ],
)
def test_other_words_are_neither(text):
    assert summary_word(text) is None


def summary_slots() -> dict:
    return {
        "issue_text": "村口石材厂的污水直接排进溪里，鸭子死了一大群",
        "category": "环境保护",
        "location": "福建省泉州市南安市水头镇",
        "location_code": "350583119",
        "respondent": "鑫磊石业",
        "petitioner_name": NOT_PROVIDED,
        "phone": NOT_PROVIDED,
        "address": NOT_PROVIDED,
        "awaiting_confirmation": True,
    }


async def test_minnan_yes_files_the_case():
    tracker = make_tracker("着", intent="nlu_fallback", slots=summary_slots(), active_loop=None)
    slots, dispatcher, _ = await run_action(HandleUnclear(), tracker)
    assert slots.get("case_number", "").startswith("XF")
    assert "没太明白" not in texts(dispatcher)


async def test_no_need_at_the_summary_files_nothing():
    tracker = make_tracker("免", intent="nlu_fallback", slots=summary_slots(), active_loop=None)
    slots, dispatcher, _ = await run_action(HandleUnclear(), tracker)
    assert "case_number" not in slots
    assert "对，提交" in texts(dispatcher)


@pytest.mark.parametrize("text", ["不用", "不用寄", "不用了"])
async def test_no_need_read_as_a_no_at_the_summary_is_asked_plainly(text):
    """NLU may read "不用" as a no: at a summary shown without the address question it changes nothing (lead-108)."""
    tracker = make_tracker(text, intent="deny", slots=summary_slots(), active_loop=None)
    slots, dispatcher, _ = await run_action(CorrectDetail(), tracker)
    assert "想修改哪一项" not in texts(dispatcher) and "对，提交" in texts(dispatcher)
    assert slots.get("awaiting_confirmation") is True and "address" not in slots


def intake_slots(**more) -> dict:
    slots = {
        "issue_text": "去年修高速征了我家两亩田，补偿款打到村里账上，村委会扣着不发",
        "category": "国土资源",
        "location": "湖南省株洲市醴陵市孙家湾镇",
        "location_code": "430281125",
        "occurred_at": "2025",
        "respondent": "村委会",
        "legal_status": "none",
        "prior_report": "找过镇里",
        "people_count": "4",
        "petitioner_name": "易志军",
        "phone": "13975338127",
    }
    slots.update(more)
    return slots


@pytest.mark.parametrize(
    ("text", "intent", "slot"),
    [
        ("之前反映情况也不对 之前没反映过", "nlu_fallback", "prior_report"),
        ("之前反映情况也不对 之前没反映过", "inform", "prior_report"),
        ("此前反映情况写错了，其实没找过任何人", "tell_problem", "prior_report"),
        ("反映对象不对 是长岭村村委会 不是镇长", "inform", "respondent"),
        ("时间说错了，应该是前年", "inform", "occurred_at"),
        ("人數寫錯了 是五個人", "inform", "people_count"),
    ],
)
async def test_a_correction_is_no_story_and_touches_only_its_detail(text, intent, slot):
    tracker = make_tracker(text, intent=intent, slots=intake_slots(), requested_slot="address")
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    changed = {
        k for k in slots if k not in ("intake_id", "intake_turns", "awaiting_confirmation", "requested_slot")
    }
    assert "issue_text" not in changed
    assert changed <= {slot}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("村主任名字是易建国 要写上", "易建国"),
        ("老板的名字叫王大海", "王大海"),
        ("那个经理全名是李伟，也要写上", "李伟"),
        ("村支书名字叫刘某华，记上", "刘某华"),
    ],
)
def test_someone_elses_name_is_the_respondent(text, name):
    assert [(r.slot, r.value) for r in parse_corrections(text)] == [("respondent", name)]


def test_my_own_name_is_still_mine():
    assert [(r.slot, r.value) for r in parse_corrections("我的名字改成张三")] == [("petitioner_name", "张三")]


@pytest.mark.parametrize("text", ["红旗路18号", "12号", "住在新民路3号", "麓山南路25号 10栋", "县城东街三号"])
async def test_a_door_number_at_the_address_question_is_no_date(text):
    slots = intake_slots(occurred_at=NOT_PROVIDED, petitioner_name="王芳")
    tracker = make_tracker(text, slots=slots, requested_slot="address")
    updates, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "occurred_at" not in updates
    assert updates.get("address")


def test_name_and_phone_said_with_the_second_matter_are_the_citizens():
    later = ["村主任易建国拿村里卖木材的钱，从来不公开账目。我叫易志军，电话13975338127"]
    assert contact_in(later) == {"petitioner_name": "易志军", "phone": "13975338127"}
    assert contact_in(["村主任易建国拿村里卖木材的钱，老板电话13975338127"]) == {}


async def test_the_number_to_call_instead_replaces_the_one_abroad():
    slots = intake_slots(phone="+852 61234587", petitioner_name="谭慧敏")
    tracker = make_tracker("我沒有大陸手機，打我舅舅的吧 13907345218", slots=slots, requested_slot="address")
    updates, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert updates.get("phone") == "13907345218"
    assert "address" not in updates


async def test_a_hong_kong_number_answers_the_phone_question():
    slots = intake_slots(phone=None, petitioner_name="谭慧敏")
    tracker = make_tracker("我香港電話 +852 6123 4587", slots=slots, requested_slot="phone")
    updates, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert updates.get("phone") == "+852 61234587"
