"""Answers read in the context of the question asked: the citizen's own name at the respondent question, a group of
people as the respondent, a detail said again that is no more story, the phone declined in words, a head count with
more words after it."""

from __future__ import annotations

import pytest

from actions.slots import NOT_PROVIDED
from actions.turn_adapter import reading_intent
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts

PENSION = {
    "issue_text": "俺娘的养老金 这俩月咋没到账嘞",
    "category": "劳动和社会保障",
    "location": "河南省周口市郸城县汲冢镇",
    "location_code": "411625101",
    "legal_status": "none",
    "people_count": "1",
}
RIDE = {
    "issue_text": "滴滴司机绕路 本来30多块的路程收了我89",
    "category": "交通运输",
    "petitioner_name": NOT_PROVIDED,
}


async def run(text, requested_slot, slots, intent="inform"):
    tracker = make_tracker(text, intent=intent, requested_slot=requested_slot, slots=slots)
    return await run_action(ValidateIntakeForm(), tracker)


@pytest.mark.parametrize(
    ("text", "name"),
    [("俺是她儿子 我叫张留柱", "张留柱"), ("我是他闺女 叫王秀兰", "王秀兰"), ("我叫李建国", "李建国")],
)
async def test_the_citizens_own_name_at_the_respondent_question_is_no_respondent(text, name):
    slots, _, _ = await run(text, "respondent", PENSION)
    assert "respondent" not in slots
    assert slots["petitioner_name"] == name


async def test_a_unit_named_beside_a_name_is_still_the_respondent():
    slots, _, _ = await run("我叫李建国 告的是县社保局", "respondent", PENSION)
    assert "社保局" in slots["respondent"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("说了啊 就是跳广场舞的那帮人 不知道名字", "跳广场舞的那帮人"),
        ("不知道叫啥 就是楼上那家人", "楼上那家人"),
    ],
)
async def test_a_group_of_people_taken_for_a_skip_is_the_respondent(text, kept):
    slots, _, _ = await run(text, "respondent", {"issue_text": "楼下广场舞音响开得震天响"}, intent="skip")
    assert slots["respondent"] == kept


async def test_the_party_on_record_said_again_is_no_more_story():
    story = {
        "issue_text": "俺家承包的三亩地叫村里收回去了 说是要搞合作社 一分钱没给俺",
        "respondent": "村委会",
    }
    slots, dispatcher, _ = await run("不是合作社 是俺们村委会收的", "category", story)
    assert "issue_text" not in slots
    assert "村委会" in texts(dispatcher)


async def test_a_court_status_said_at_the_summary_is_no_more_story():
    known = {
        "issue_text": "俺家大孙子上礼拜让隔壁老王家的大黄狗给咬了",
        "category": "政法",
        "location": "黑龙江省绥化市望奎县先锋镇",
        "location_code": "231221",
        "respondent": "隔壁老王 大名王德发",
        "legal_status": "none",
        "prior_report": "找过村上",
        "people_count": "1",
        "petitioner_name": "赵福贵",
        "awaiting_confirmation": True,
    }
    slots, _, _ = await run("哪有起诉啊 俺就是问问打官司值不值当 没打", None, known, intent="tell_problem")
    assert "issue_text" not in slots


@pytest.mark.parametrize(
    "text", ["按呢电话也免了", "免", "电话也免了吧", "手机号也不留了 怕被骚扰", "電話不留"]
)
async def test_the_phone_declined_in_words_is_skipped(text):
    slots, _, _ = await run(text, "phone", RIDE)
    assert slots["phone"] == NOT_PROVIDED


@pytest.mark.parametrize("intent", ["inform", "deny"])
async def test_a_change_of_mind_giving_the_name_is_no_refusal_of_the_phone(intent):
    slots, dispatcher, _ = await run("算了 我还是留个名吧 我叫孔德亮", "phone", RIDE, intent=intent)
    assert slots["petitioner_name"] == "孔德亮"
    assert "phone" not in slots
    assert "可以不留电话" not in texts(dispatcher)


def test_a_declined_phone_with_a_worry_is_read_as_the_answer():
    message = {"text": "手机号也不留了 怕被骚扰", "intent": {"name": "ask_privacy"}}
    assert reading_intent(message, "phone", RIDE) == "inform"


def test_a_question_about_the_phone_stays_a_question():
    message = {"text": "留了电话会不会被泄露？", "intent": {"name": "ask_privacy"}}
    assert reading_intent(message, "phone", RIDE) == "ask_privacy"


async def test_a_head_count_with_an_age_after_it_is_one():
    slots, _, _ = await run("就俺孙子一个 他今年七岁", "people_count", {"issue_text": "俺家大孙子让狗咬了"})
    assert slots["people_count"] == "1"


async def test_a_party_named_at_the_earlier_report_question_is_no_earlier_report():
    """lead-036: "厂名叫鑫辉五金制品厂" said when earlier reports were asked was stored as one."""
    story = {"issue_text": "我在东莞长安镇一个五金厂做冲床的 手指头被压断了", "legal_status": "none"}
    slots, _, _ = await run("厂名叫鑫辉五金制品厂", "prior_report", story)
    assert "prior_report" not in slots


@pytest.mark.parametrize("said", ["不留 怕他看到", "地址不留了 怕被他看到", "不想留 怕他看见信"])
def test_an_address_refused_with_a_fear_is_a_refusal_not_a_privacy_question(said):
    """lead-041: at the address question a woman hiding from her husband got the personal-data law text."""
    message = {"text": said, "intent": {"name": "ask_privacy"}}
    assert reading_intent(message, "address", PENSION) == "inform"


@pytest.mark.parametrize("said", ["为什么要留地址", "不留 你们会不会告诉他"])
def test_a_question_about_the_address_stays_a_question(said):
    message = {"text": said, "intent": {"name": "ask_privacy"}}
    assert reading_intent(message, "address", PENSION) == "ask_privacy"
