"""A correction changes only the detail it names (the corpus counted seven that changed another): a count said
with a label at another question, a party's name left out of the record, an earlier report said wrong, another
class asked for, a story said wrong after filing, and a phone given with a word of skipping."""

from __future__ import annotations

import pytest

from actions import services
from actions.correction_class import class_asked_again
from actions.correction_filed import corrects_filed_detail, corrects_filed_story
from actions.correction_parse import is_explicit_correction, parse_corrections
from actions.route_slots import route_basis
from actions.validate_intake import ValidateIntakeForm
from bot.cases import CaseInput
from tests.actions.conftest import play

KNOWN = {
    "issue_text": "包工头欠我三万块工钱 人跑了 电话也不接",
    "category": "劳动和社会保障",
    "location": "湖南省长沙市雨花区",
    "location_code": "430111",
    "occurred_at": "2026-06",
    "respondent": "包工头",
    "legal_status": "none",
    "people_count": "2",
    "petitioner_name": "邓国平",
    "phone": "15874123369",
}


@pytest.mark.parametrize("intent", ["nlu_fallback", "inform", "tell_problem"])
async def test_a_labelled_count_at_another_question_corrects_the_count_only(intent):
    turn = await play(
        ValidateIntakeForm(),
        "人数是3个 我加两个工友 提交吧",
        intent=intent,
        slots=KNOWN,
        requested_slot="prior_report",
    )
    assert turn.slots.get("people_count") == "3"
    assert turn.slots.get("prior_report") in (None, "")  # never the earlier report


@pytest.mark.parametrize(
    ("said", "party"),
    [
        ("店名没写上 是丰收农资店 老板刘建社", "丰收农资店"),
        ("厂名写错了 是华鼎电子", "华鼎电子"),
        ("公司名字没给我记上 叫蜀安建设", "蜀安建设"),
        ("店名沒寫上 是豐收農資店", "丰收农资店"),
    ],
)
def test_the_party_s_name_left_out_is_a_correction_of_the_respondent(said, party):
    requests = parse_corrections(said)
    assert [r.slot for r in requests] == ["respondent"] and party in requests[0].value
    assert is_explicit_correction(said, KNOWN)


@pytest.mark.parametrize("said", ["合同上没写加班费", "店里没写价格 乱收钱", "老板没记工时"])
def test_a_story_saying_something_was_not_written_is_no_correction(said):
    assert not is_explicit_correction(said, KNOWN)


async def test_a_party_s_name_left_out_at_another_question_changes_only_the_respondent():
    turn = await play(
        ValidateIntakeForm(),
        "店名没写上 是丰收农资店 老板刘建社",
        intent="tell_problem",
        slots={**KNOWN, "respondent": "刘建社"},
        requested_slot="prior_report",
    )
    assert "丰收农资店" in turn.slots["respondent"]
    assert set(turn.slots) - {"respondent", "awaiting_confirmation", "intake_turns", "intake_id"} == set()


@pytest.mark.parametrize(
    ("said", "report"),
    [
        ("还有 此前反映那条不对 我们只找过医院医务科 没找过卫生局", "医务科"),
        ("此前反映这条也不对 我打过12345", "12345"),
        ("另外 之前反映那条写错了 找过街道", "街道"),
    ],
)
def test_the_earlier_report_said_wrong_by_that_entry(said, report):
    requests = parse_corrections(said)
    assert [r.slot for r in requests] == ["prior_report"] and report in requests[0].value
    assert "不对" not in requests[0].value and "还有" not in requests[0].value
    assert is_explicit_correction(said, {**KNOWN, "prior_report": "卫生局"}, reviewing=True)


@pytest.mark.parametrize("said", ["有哪些类你说给我听", "都有啥类别 念念", "有哪幾類 俺不懂"])
def test_the_classes_asked_at_another_question(said):
    assert class_asked_again(said, KNOWN, "occurred_at")
    assert not class_asked_again(said, KNOWN, "category")  # the category question reads it itself
    assert not class_asked_again(said, {**KNOWN, "category": None}, "occurred_at")


@pytest.mark.parametrize("said", ["类别改一下 改成民政", "这个算什么类", "三个儿子都不管我"])
def test_no_classes_asked(said):
    assert not class_asked_again(said, KNOWN, "occurred_at")


@pytest.mark.parametrize(
    "said", ["有哪些类啊 我不晓得", "不对 不是看病的事 是儿子不给赡养费 有哪些类你说给我听"]
)
async def test_another_class_asked_at_the_time_question_tells_the_classes_and_changes_nothing(said):
    turn = await play(
        ValidateIntakeForm(),
        said,
        intent="nlu_fallback",
        slots={**KNOWN, "occurred_at": None},
        requested_slot="occurred_at",
    )
    assert set(turn.slots) <= {
        "intake_turns",
        "intake_id",
    }  # the class stays until one is named; no time let go
    assert "民政" in turn.said and "类别改成" in turn.said


@pytest.mark.parametrize(
    "said",
    [
        "问题不对 我反映的是每天干12个小时 一个月休两天 加班费按最低工资算 不是工伤",
        "反映的问题写错了 是加班费",
        "問題不對 是欠薪",
    ],
)
def test_the_story_said_wrong_after_filing(said):
    assert corrects_filed_story(said)


@pytest.mark.parametrize(
    "said", ["问题是物业不修电梯", "我有个问题", "问题不大 就是想问问", "还有个事 楼上漏水"]
)
def test_a_new_matter_is_no_correction_of_the_filed_story(said):
    assert not corrects_filed_story(said)


async def test_the_story_corrected_after_filing_is_kept_with_the_case_and_no_intake_starts():
    story = "我在南宁江南区一个电子厂 每天干12个小时"
    number = (
        services.case_repository()
        .file_case(CaseInput(filing_key="story-fix", issue_text=story, conversation_id="test-user"))
        .case.case_number
    )
    turn = await play(
        ValidateIntakeForm(),
        "问题不对 我反映的是每天干12个小时 一个月休两天 加班费按最低工资算 不是工伤",
        intent="tell_problem",
        slots={"case_number": number, "route": "labour_inspection"},
    )
    # the filed case itself takes the party (or, when it cannot, the words are kept with it for staff)
    assert number in turn.said and ("改好了" in turn.said or "更正" in turn.said)
    assert not any(turn.slots.get(slot) for slot in ("issue_text", "category", "location"))
    kept = services.case_repository().get_by_number(number).issue_text
    assert kept.startswith(story) and "加班费按最低工资算" in kept


@pytest.mark.parametrize(
    "said",
    [
        "反映对象是楼上502林家和榕城物业 主要是楼上林家",
        "电话改成13800138000",
        "不对 地址写安静街道12号",
        "名字寫錯了 是李娟",
    ],
)
def test_a_detail_of_the_filed_case_said_again_is_no_new_matter(said):
    assert corrects_filed_detail(said)


@pytest.mark.parametrize(
    "said",
    ["地址那边的路灯坏了三个月了", "电话打不通 社区也不管", "还有个事 楼道灯坏了", "我家楼下的垃圾站天天臭"],
)
def test_a_new_matter_opening_with_a_field_word_is_a_new_matter(said):
    assert not corrects_filed_detail(said)


async def test_a_detail_corrected_after_filing_files_no_second_case():
    # hm-019: "反映对象是…" after "是" filed the case started an intake and a junk second case was filed
    number = (
        services.case_repository()
        .file_case(CaseInput(filing_key="detail-fix", issue_text="楼上漏水半年", conversation_id="test-user"))
        .case.case_number
    )
    turn = await play(
        ValidateIntakeForm(),
        "反映对象是楼上502林家和榕城物业 主要是楼上林家",
        intent="tell_problem",
        slots={"case_number": number, "route": "litigation"},
    )
    # the filed case itself takes the party (or, when it cannot, the words are kept with it for staff)
    assert number in turn.said and ("改好了" in turn.said or "更正" in turn.said)
    assert not any(turn.slots.get(slot) for slot in ("issue_text", "category", "location"))


@pytest.mark.parametrize(
    ("said", "phone"),
    [("电话就留这个吧 17708231956", "17708231956"), ("手机17708231956 有事打这个", "17708231956")],
)
async def test_a_phone_given_with_a_word_of_skipping_is_kept(said, phone):
    turn = await play(
        ValidateIntakeForm(),
        said,
        intent="skip",
        slots={**KNOWN, "legal_status": None, "phone": None},
        requested_slot="legal_status",
    )
    assert turn.slots.get("phone") == phone
    assert "legal_status" not in turn.slots


async def test_a_phone_refused_with_its_number_is_no_phone():
    turn = await play(
        ValidateIntakeForm(),
        "电话不留 17708231956也别打",
        intent="skip",
        slots={**KNOWN, "legal_status": None, "phone": None},
        requested_slot="legal_status",
    )
    assert "phone" not in turn.slots


PENSION = {
    "issue_text": "我退休金是不是算错了 去年退的 我就想登记一下 让他们给我好好核一遍",
    "category": "劳动和社会保障",
    "occurred_at": "2025-01",
    "matter_kind": "投诉请求",
}


def test_a_party_named_more_exactly_keeps_the_route_answered():
    settled = {**PENSION, "respondent": "社保局"}
    assert route_basis({**settled, "respondent": "章贡区社保局"}) == route_basis(settled)
    assert route_basis({**settled, "respondent": "华鼎电子厂"}) != route_basis(settled)


@pytest.mark.parametrize("said", ["社保局啊 刚不是说了", "社保局啊 我刚才不是说过了吗"])
async def test_the_party_said_again_with_a_reproach_is_the_party_alone(said):
    turn = await play(ValidateIntakeForm(), said, intent="inform", slots=PENSION, requested_slot="respondent")
    assert turn.slots["respondent"] == "社保局"


async def test_the_place_of_a_matter_being_filed_answers_the_place_question():
    turn = await play(
        ValidateIntakeForm(),
        "江西赣州章贡区的 社保局在那个红旗大道",
        intent="inform",
        slots=PENSION,
        requested_slot="location",
        earlier=[
            {"event": "user", "text": "在吗 我想问问 我退休金是不是算错了", "parse_data": {}},
        ],
    )
    assert turn.slots["location_code"] == "360702"
    assert not any(e.get("event") == "followup" for e in turn.events)  # the intake goes on
