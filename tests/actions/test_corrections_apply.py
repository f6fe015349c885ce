"""Corrections through the action: only the named details change, and the citizen sees before and after."""

from __future__ import annotations

import pytest

from actions.corrections import CorrectDetail
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts

CASE = {
    "issue_text": "村里养猪场臭气熏天，污水直接排到河里",
    "category": "环境保护",
    "category_confidence": 0.9,
    "location": "湖南省长沙市望城区",
    "location_code": "430112",
    "occurred_at": "2026-09",
    "respondent": "村委会",
    "legal_status": "in_court",
    "prior_report": "打过12345",
    "people_count": "20",
    "petitioner_name": "王有田",
    "phone": "13800138000",
    "awaiting_confirmation": True,
}
# what may change together with each detail
COMPANIONS = {
    "location": {"location_code", "location_candidates"},
    "category": {"category_confidence", "category_candidates"},
}


async def correct(text: str, slots: dict | None = None):
    tracker = make_tracker(text, intent="correct_detail", slots=slots or CASE, active_loop=None)
    return await run_action(CorrectDetail(), tracker)


def changed_details(updates: dict) -> set[str]:
    return {slot for slot in updates if slot != "awaiting_confirmation"}


@pytest.mark.parametrize(
    ("text", "slot", "value"),
    [
        ("反映对象不对，是组里那个养猪场", "respondent", "组里那个养猪场"),
        ("反映对象改成健坤潇楚实验学校", "respondent", "健坤潇楚实验学校"),
        ("此前反映情况改成：没有", "prior_report", "未曾反映"),
        ("之前反映的情况不对，其实没找过", "prior_report", "未曾反映"),
        ("诉讼情况改成没有打官司", "legal_status", "none"),
        ("诉讼/仲裁情况改成：没有", "legal_status", "none"),
        ("官司那项错了，我们在仲裁", "legal_status", "in_arbitration"),
        ("时间改成2025年3月", "occurred_at", "2025-03"),
        ("名字改成李春花", "petitioner_name", "李春花"),
        ("电话改成13912345678", "phone", "13912345678"),
        ("哦我记错了，是13974612385", "phone", "13974612385"),
        ("类别改成劳动和社会保障", "category", "劳动和社会保障"),
        ("类别改成养老", "category", "劳动和社会保障"),
        ("问题改成：养猪场的污水排到河里，鱼都死光了", "issue_text", "养猪场的污水排到河里，鱼都死光了"),
        ("不是村委会，是镇政府", "respondent", "镇政府"),
    ],
)
async def test_only_the_named_detail_changes(text, slot, value):
    updates, dispatcher, _ = await correct(text)
    assert updates[slot] == value
    assert changed_details(updates) <= {slot} | COMPANIONS.get(slot, set())
    assert updates["awaiting_confirmation"] is False
    assert "改成" in texts(dispatcher) or "记为" in texts(dispatcher)


async def test_before_and_after_are_shown():
    _, dispatcher, _ = await correct("反映对象改成健坤潇楚实验学校")
    assert "好的，反映对象已从“村委会”改成“健坤潇楚实验学校”。" in texts(dispatcher)


async def test_a_place_correction_changes_the_place_only():
    updates, dispatcher, _ = await correct("地点不对，是北京市海淀区中关村街道")
    assert updates["location"] == "北京市海淀区中关村街道"
    assert updates["location_code"].startswith("110108")
    assert changed_details(updates) <= {"location", "location_code", "location_candidates"}
    assert "湖南省长沙市望城区" in texts(dispatcher)  # the old value, shown


async def test_a_respondent_correction_keeps_the_place():
    updates, _, _ = await correct("反映对象不对，是组里那个养猪场")
    assert "location" not in updates and "location_code" not in updates


async def test_two_corrections_in_one_message_are_both_applied():
    updates, dispatcher, _ = await correct("类别改成劳动和社会保障，反映对象改成包工头")
    assert updates["category"] == "劳动和社会保障"
    assert updates["respondent"] == "包工头"
    assert changed_details(updates) <= {"category", "respondent", *COMPANIONS["category"]}
    said = texts(dispatcher)
    assert "问题类别已从“环境保护”改成“劳动和社会保障”" in said
    assert "反映对象已从“村委会”改成“包工头”" in said


async def test_time_and_place_in_one_message():
    updates, _, _ = await correct("时间改成去年五月，地点改成长沙市岳麓区")
    assert updates["occurred_at"].endswith("-05")
    assert updates["location"] == "湖南省长沙市岳麓区"


async def test_a_value_that_cannot_be_read_empties_the_detail_so_it_is_asked_again():
    updates, dispatcher, _ = await correct("电话改成1391234")
    assert updates["phone"] is None
    assert changed_details(updates) == {"phone"}
    assert "重新填一下联系电话" in texts(dispatcher)


async def test_a_named_detail_without_value_is_asked_again_and_nothing_else_changes():
    updates, _, _ = await correct("人数说错了")
    assert updates == {"awaiting_confirmation": False, "people_count": None}


async def test_a_correction_of_a_detail_not_given_before_says_what_was_recorded():
    updates, dispatcher, _ = await correct("人数改成三十户", {**CASE, "people_count": "未提供"})
    assert updates["people_count"]
    assert "涉及人数记为" in texts(dispatcher)


async def test_a_supplement_to_the_story_is_added_not_put_in_its_place():
    updates, _, _ = await correct("问题描述补充一下：上个月还有一头死猪扔在河边")
    assert updates["issue_text"] == CASE["issue_text"] + "\n上个月还有一头死猪扔在河边"
    assert changed_details(updates) == {"issue_text"}


async def test_three_corrections_announced_with_a_colon():
    updates, _, _ = await correct("三个地方要改：反映对象是东风砖厂，人数是十来个，电话是13690584421")
    assert updates["respondent"] == "东风砖厂" and updates["phone"] == "13690584421"
    assert "people_count" in updates
    assert changed_details(updates) == {"respondent", "people_count", "phone"}


async def test_a_correction_read_as_an_answer_still_changes_only_the_detail_named():

    slots = {key: value for key, value in CASE.items() if key != "phone"}
    tracker = make_tracker(
        "反映对象改成健坤潇楚实验学校",
        intent="inform",
        slots={**slots, "awaiting_confirmation": False},
        requested_slot="phone",
    )
    updates, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert updates["respondent"] == "健坤潇楚实验学校"
    assert "phone" not in updates and "issue_text" not in updates
    assert "反映对象已从“村委会”改成“健坤潇楚实验学校”" in texts(dispatcher)
    assert updates["intake_turns"] == 1.0  # the form keeps the turn and asks its question again


async def test_a_first_story_that_speaks_of_changing_an_address_is_no_correction():
    from actions.correction_parse import is_explicit_correction

    story = "地址改成了新的门牌号以后快递都送不到"
    assert not is_explicit_correction(story, {})
    assert is_explicit_correction("地址改成长沙市岳麓区", {"location": "湖南省长沙市望城区"})


@pytest.mark.parametrize(
    ("text", "slot", "value"),
    [
        ("名字写全一点，叫向桂芝", "petitioner_name", "向桂芝"),
        ("之前反映过的，我打过12345，说转给发改委了，没回复", "prior_report", "打过12345"),
    ],
)
async def test_at_the_summary_naming_a_detail_and_its_value_is_a_correction(text, slot, value):

    tracker = make_tracker(
        text, intent="inform", slots={**CASE, "petitioner_name": "向"}, active_loop="intake_form"
    )
    updates, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert value in updates[slot]
    assert changed_details(updates) - {"intake_turns", "intake_id"} == {slot}


async def test_at_the_summary_an_unreadable_value_empties_nothing():

    tracker = make_tracker("电话也可以打我老公的", intent="inform", slots=CASE, active_loop="intake_form")
    updates, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert updates.get("phone", CASE["phone"]) == CASE["phone"]


async def test_naming_the_recorded_value_as_wrong_corrects_it_at_any_question():

    known = {
        "issue_text": "俺家承包的三亩地叫村里收回去了 说是要搞合作社 一分钱没给俺",
        "category": "农村农业",
        "location": "河南省周口市沈丘县",
        "location_code": "411624",
        "respondent": "合作社",
    }
    tracker = make_tracker("不是合作社 是俺们村委会收的", requested_slot="legal_status", slots=known)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "村委会" in slots["respondent"] and slots.get("issue_text") in (None, known["issue_text"])


async def test_a_place_starting_with_cheng_keeps_its_first_character():

    known = {
        "issue_text": "烧烤店吵到凌晨",
        "category": "环境保护",
        "location": "四川省成都市武侯区",
        "location_code": "510107",
    }
    tracker = make_tracker("地方说错了 不是武侯区 是成都市高新区", requested_slot="respondent", slots=known)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["location"].startswith("四川省成都市") and slots["location_code"].startswith("5101")


@pytest.mark.parametrize(
    "text",
    [
        "不对 工地不在鄞州区 是在北仑区",
        "不对，工地不是在鄞州区，是在北仑区",
        "工地不在鄞州 在北仑",
        "不对不对 事情不在鄞州區 是在北侖區",
    ],
)
async def test_a_place_corrected_at_another_question_changes_the_place(text):
    known = {
        "issue_text": "在工地上从架子上摔下来腿断了 包工头给了两千块就不管了",
        "category": "劳动和社会保障",
        "location": "浙江省宁波市鄞州区",
        "location_code": "330212",
        "occurred_at": "2026-10",
    }
    tracker = make_tracker(text, requested_slot="respondent", slots=known)
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["location_code"] == "330206" and "北仑区" in slots["location"]
    assert "respondent" not in slots  # the question asked is asked again
    assert "没太看懂" not in texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "respondent"),
    [
        ("不对 反映对象应该是派出所 是他们不作为", "派出所"),
        ("反映对象说错了，是物业，因为他们一直不管", "物业"),
    ],
)
async def test_a_respondent_corrected_with_a_reason_keeps_only_the_party(text, respondent):
    known = {
        "issue_text": "被邻居打了 报警了派出所到现在也不处理",
        "category": "政法",
        "location": "广东省广州市白云区",
        "location_code": "440111",
        "respondent": "打我的是住我楼下的 叫冯某某",
    }
    tracker = make_tracker(text, requested_slot="legal_status", slots=known)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["respondent"] == respondent


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("类别应该是交通吧 公交站", "交通运输"),  # lead-042: answered "记为城乡建设" and kept it
        ("类别不对 是民政的吧 低保的事", "民政"),
        ("类别改成交通运输", "交通运输"),
    ],
)
async def test_a_class_named_in_everyday_words_then_why(text, category):
    slots, dispatcher, _ = await correct(text, {**CASE, "category": "城乡建设"})
    assert slots["category"] == category
    assert category in texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("反映对象删掉 不要写", "respondent"),
        ("反映对象不是医院啊 医院挺好的 这是个建议 没有要告谁", "respondent"),
        ("对象那一栏空着就行", "respondent"),
        ("通讯地址不用写了", "address"),
        ("电话删了吧 别打给我", "phone"),
        ("名字去掉 我不想留名", "petitioner_name"),
    ],
)
async def test_a_detail_to_be_left_empty_is_emptied_not_set_to_the_words(text, slot):
    updates, dispatcher, _ = await correct(text, {**CASE, "address": "望城区高塘岭街道12号"})
    assert updates.get(slot) == "未提供", (updates, texts(dispatcher))
    assert changed_details(updates) <= {slot}


@pytest.mark.parametrize(
    ("text", "story", "expected"),
    [
        ("金额说错了 是四千八不是四千五", "包工头欠我四千五的工钱一直不给", "包工头欠我四千八的工钱一直不给"),
        ("不对 我又算了一遍 应该是两万一 不是两万", "厂里欠我们两万 老板跑了", "厂里欠我们两万一 老板跑了"),
        ("數目講錯了，係３８００唔係３５００", "押金3500房东不退", "押金3800房东不退"),
        ("不是八千块，是九千块", "装修公司收了八千块定金就不见人了", "装修公司收了九千块定金就不见人了"),
    ],
)
async def test_a_sum_the_story_tells_is_corrected_in_the_story(text, story, expected):
    updates, dispatcher, _ = await correct(text, {**CASE, "issue_text": story})
    assert updates["issue_text"] == expected
    assert changed_details(updates) == {"issue_text"}


async def test_a_sum_the_story_does_not_tell_is_not_forced_into_it():
    updates, _, _ = await correct("不是五千 是六千", {**CASE, "issue_text": "养猪场污水排到河里"})
    assert updates.get("issue_text") in (None, "养猪场污水排到河里")


@pytest.mark.parametrize(
    ("text", "added"),
    [
        ("我妈名字也写上吧 赵桂芝", "我妈：赵桂芝"),
        ("对，把俺爹的名字也加上，他叫刘长顺", "俺爹：刘长顺"),
        ("我老公叫陈志國 也記上", "我老公：陈志国"),  # traditional
    ],
)
async def test_the_relative_spoken_for_is_added_to_the_story(text, added):
    updates, _, _ = await correct(text)
    assert updates["issue_text"] == f"{CASE['issue_text']}\n{added}"
    assert changed_details(updates) == {"issue_text"}
