"""Who the matter is against, as the intake reads it: a named party is kept, a bare role is asked about once."""

from __future__ import annotations

import pytest

from actions.slots import NOT_PROVIDED
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

ROLE_STORY = "老板拖欠我们三个月工资，在长沙市岳麓区"


async def tell(story):
    tracker = make_tracker(story, intent="tell_problem", active_loop=None)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    return slots


async def answer(text, intent="inform", story=ROLE_STORY):
    slots = {"issue_text": story, "category": "劳动和社会保障"}
    tracker = make_tracker(text, intent=intent, requested_slot="respondent", slots=slots)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    return slots


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("深圳市华强电子有限公司拖欠工资三个月", "深圳市华强电子有限公司"),
        ("投诉嘉美物业乱收停车费", "嘉美物业"),
        ("不是物业的事，是开发商不给办房产证", None),  # 开发商 is a bare role: asked for its name
        ("村委会把我们组的集体土地卖了", "村委会"),
    ],
)
async def test_a_story_gives_a_named_party_and_leaves_a_bare_role_to_the_question(story, expected):
    assert (await tell(story)).get("respondent") == expected


@pytest.mark.parametrize(
    "story",
    [
        ROLE_STORY,
        "我在一家电子厂上班 厂里拖欠工资",
        "小区物业不修漏水的楼顶",
        "我在长沙市岳麓区一家公司上班五年了，公司突然把我辞退了",
    ],
)
async def test_a_bare_role_in_the_story_is_not_filed_without_asking(story):
    assert "respondent" not in await tell(story)


@pytest.mark.parametrize(
    "story",
    [
        "我没有去法院也没有找过律师，楼上邻居养鸽子，鸽子屎掉我家阳台上",
        "尊敬的李书记，我们村修路的钱被挪用了",
    ],
)
async def test_a_denied_office_or_the_addressee_is_never_the_respondent(story):
    assert "respondent" not in await tell(story)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("恒达五金厂", "恒达五金厂"),
        ("就是隔壁那个养猪场的老板姓刘", "隔壁那个养猪场的老板姓刘"),
        ("那个什么公司，叫华强的", "华强公司"),
        ("對方是華強電子廠", "华强电子厂"),
        ("不是包工头 是劳务公司叫黔建劳务", "黔建劳务公司"),
        ("名字不知道，是个小饭馆", "小饭馆"),
    ],
)
async def test_the_answer_keeps_the_party_as_said(text, expected):
    assert (await answer(text))["respondent"] == expected


@pytest.mark.parametrize(
    ("text", "intent"), [("不知道叫什么", "inform"), ("不晓得", "deny"), ("跳过", "skip")]
)
async def test_not_knowing_the_name_keeps_the_role_the_story_gave(text, intent):
    assert (await answer(text, intent=intent))["respondent"] == "老板"


async def test_not_knowing_with_no_role_in_the_story_is_not_provided():
    slots = await answer("不知道", intent="deny", story="家门口的下水道堵了一个月")
    assert slots["respondent"] == NOT_PROVIDED


async def test_a_role_given_as_the_answer_is_kept_and_not_asked_again():
    assert (await answer("就是公司"))["respondent"] == "公司"


@pytest.mark.parametrize(("text", "intent"), [("没有", "deny"), ("没有具体对象", "inform")])
async def test_no_particular_party_keeps_the_story_role_or_is_not_provided(text, intent):
    assert (await answer(text, intent=intent))["respondent"] == "老板"
    slots = await answer(text, intent=intent, story="家门口的下水道堵了一个月")
    assert slots["respondent"] == NOT_PROVIDED


@pytest.mark.parametrize(
    "story",
    [
        "市信访局领导你们好，我上个月已经给区信访办写过信了，没有回音。我们小区的下水道堵了",
        "领导你们好 村里的路坏了半年没人修",
        "我跟装修公司的合同纠纷已经起诉到法院了，想问法院什么时候开庭",
    ],
)
async def test_the_addressee_an_office_written_to_in_vain_and_the_court_sued_in_are_no_respondent(story):
    assert (await tell(story)).get("respondent") in (None, "公司")  # the bare 公司 is asked about


async def test_an_officer_of_a_station_is_kept_with_it():
    assert (await tell("派出所民警办案收了对方的钱，偏向对方，在邵阳县"))["respondent"] == "派出所民警"


async def test_a_party_named_in_an_answer_the_classifier_took_for_small_talk_is_kept():
    slots_known = {
        "issue_text": "合肥蜀山区一个快递网点拖欠我们快递员工资两个月了，站长天天躲着不见",
        "category": "劳动和社会保障",
        "location": "安徽省合肥市蜀山区",
        "location_code": "340104",
    }
    tracker = make_tracker(
        "蜀山区的快递网点站长", intent="out_of_scope", requested_slot="respondent", slots=slots_known
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["respondent"] == "蜀山区的快递网点站长"


async def test_small_talk_at_the_respondent_question_is_not_stored():
    tracker = make_tracker(
        "今天天气怎么样", intent="out_of_scope", requested_slot="respondent", slots={"issue_text": "噪音"}
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "respondent" not in slots


@pytest.mark.parametrize(
    ("text", "slot", "value"),
    [
        ("金牛区的韵达快递网点", "respondent", "金牛区的韵达快递网点"),
        ("跟院长说过", "prior_report", "跟院长说过"),
    ],
)
async def test_an_answer_the_classifier_took_for_small_talk_is_still_an_answer(text, slot, value):
    known = {"issue_text": "快递员把快递丢在楼下", "category": "商贸旅游", "location_code": "510106"}
    tracker = make_tracker(text, intent="out_of_scope", requested_slot=slot, slots=known)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots[slot] == value
