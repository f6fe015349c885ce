"""The party said at another question, or said again in a way the classifier takes for small talk (hm-021,
hr-011, hu-030, hx-012): the party recorded, never "帮不上忙" or "未提供" for a name the story told."""

import pytest

from actions.conversation import ReplyOutOfScope
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, run_turn

LAND = "村里把我家的承包地收回去给别人种了 沂南县依汶镇 今年三月的事 村支书说了算"
SCHOOL = "孩子报的英语培训班 不对 是一个叫 启航英语 的小机构 交了一年的钱 上了两个月老板就不见了"


async def test_parties_listed_at_the_category_question_are_each_recorded():
    slots = {"issue_text": "今年10月份去药店买药医保卡刷不了 说我的慢病资格到期了没续"}
    tracker = make_tracker("盘龙区医保局吧 还有药店 叫一心堂", slots=slots, requested_slot="category")
    updates, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert updates.get("respondent") == "盘龙区医保局、一心堂药店"


@pytest.mark.parametrize("said", ["村支书 叫刘长河", "村支书，他叫刘长河", "村支書 叫劉長河"])
async def test_a_person_in_office_named_at_another_question_is_recorded(said):
    slots = {"issue_text": LAND, "category": "农村农业"}
    tracker = make_tracker(said, slots=slots, requested_slot="legal_status")
    updates, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert updates.get("respondent") == "村支书刘长河"


@pytest.mark.parametrize(
    "said", ["土地的事 农村土地那个", "就是承包地的事", "土地方面的", "农资的事 选农村农业", "選農村農業吧"]
)
async def test_the_matter_said_at_the_respondent_question_is_no_party(said):
    slots = {"issue_text": LAND, "category": "农村农业"}
    turn = await run_turn(ValidateIntakeForm(), make_tracker(said, slots=slots, requested_slot="respondent"))
    assert "respondent" not in turn.slots


@pytest.mark.parametrize("said", ["启航英语 刚说了", "启航英语", "启航英语啊 我说过了"])
async def test_a_name_the_story_told_answers_the_respondent_question_whatever_the_classifier(said):
    slots = {"issue_text": SCHOOL, "category": "教育文体", "occurred_at": "2026-09"}
    tracker = make_tracker(said, intent="out_of_scope", slots=slots, requested_slot="respondent")
    updates, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert updates.get("respondent") == "启航英语"


async def test_a_name_the_story_never_told_is_not_taken_for_small_talk():
    slots = {"issue_text": SCHOOL, "category": "教育文体", "occurred_at": "2026-09"}
    tracker = make_tracker("今天天气不错", intent="out_of_scope", slots=slots, requested_slot="respondent")
    updates, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "respondent" not in updates


@pytest.mark.parametrize("intent", ["out_of_scope", "inform"])
async def test_the_unit_said_again_by_its_name_is_understood_never_out_of_scope(intent):
    slots = {
        "issue_text": SCHOOL,
        "category": "教育文体",
        "occurred_at": "2026-09",
        "respondent": "启航英语机构",
    }
    tracker = make_tracker("启航英语 刚说了", intent=intent, slots=slots, requested_slot="legal_status")
    turn = await run_turn(ValidateIntakeForm(), tracker)
    assert "反映对象是启航英语机构，我记着呢" in turn.said
    assert "帮不上忙" not in turn.said


async def test_the_landlord_on_record_by_role_is_given_his_name():
    slots = {"issue_text": "我租的房子房东不退押金", "respondent": "房子房东"}
    tracker = make_tracker(
        "没有 押金两千 房东叫李桂芳 上个月退的房", slots=slots, requested_slot="legal_status"
    )
    updates, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert updates.get("respondent") == "李桂芳"


@pytest.mark.parametrize("said", ["反映对象是启航英语培训机构", "反映对象怎么是未提供 写启航英语培训机构"])
async def test_a_correction_at_the_summary_taken_for_small_talk_is_still_made(said):
    slots = {
        "issue_text": SCHOOL,
        "category": "教育文体",
        "respondent": "启航英语",
        "awaiting_confirmation": True,
    }
    tracker = make_tracker(said, intent="out_of_scope", slots=slots, active_loop=None)
    turn = await run_turn(ReplyOutOfScope(), tracker)
    assert turn.slots.get("respondent") == "启航英语培训机构"
    assert "帮不上忙" not in turn.said


@pytest.mark.parametrize(
    ("said", "unit"),
    [
        ("我在这干了两年 公司是武汉某某物流有限公司 一直没交社保", "武汉某某物流有限公司"),
        ("福田区 那家叫铁人拳馆 上个月突然关门", "铁人拳馆"),
        ("去年入职一家叫杭州云帆网络科技有限公司的公司 工资一直拖", "杭州云帆网络科技有限公司"),
    ],
)
async def test_a_unit_named_in_a_message_at_another_question_is_recorded(said, unit):
    slots = {"issue_text": "老板拖欠工资 好几个月了", "category": "劳动和社会保障"}
    tracker = make_tracker(said, slots=slots, requested_slot="location")
    updates, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert updates.get("respondent") == unit
