"""An answer goes to the field it answers: a party named at the category question is who, not more story; a court
status at the respondent question is no party; "没有 能直接告吗" at the time question is about a suit; a head count at
the earlier-report question is no report; the place asked for, said with more of the matter, keeps that story."""

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

TOWED = {
    "issue_text": "我在杭州西湖区 前天电动车停在超市门口 被城管拖走了 罚了一百 根本没看到禁停牌子",
    "location": "浙江省杭州市西湖区",
    "location_code": "330106",
    "occurred_at": "2026-11-28",
}
HOUSE = {
    "issue_text": "我家在望城区 老房子前年拆了 安置房到现在没交 过渡费也断了",
    "location": "湖南省长沙市望城区",
    "location_code": "430112",
    "occurred_at": "2024",
}


@pytest.mark.parametrize(
    ("said", "party"),
    [
        ("西湖区城管局吧 哪个中队我也不清楚", "西湖区城管局"),
        ("望城区政府 当时是征收办来签的", "望城区政府"),
        ("西湖區城管局 具體哪個中隊不曉得", "西湖区城管局"),
    ],
)
async def test_a_party_said_at_the_category_question_is_who_not_story(said, party):
    tracker = make_tracker(said, slots=TOWED, requested_slot="category")
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert party in (slots.get("respondent") or "")
    assert "issue_text" not in slots


async def test_a_party_with_what_it_did_at_the_category_question_is_still_story():
    tracker = make_tracker("城管 把我的车子拖走还罚款", slots=TOWED, requested_slot="category")
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "把我的车子拖走还罚款" in (slots.get("issue_text") or "")


@pytest.mark.parametrize(
    "said",
    [
        "罚单开了 钱还没交 能复议吗 还是直接去法院告",
        "没有 俺们老百姓哪懂打官司 要去长沙找谁",
        "还没起诉 仲裁也没申请过",
    ],
)
async def test_a_court_status_at_the_respondent_question_is_no_party(said):
    tracker = make_tracker(said, slots={**HOUSE, "category": "城乡建设"}, requested_slot="respondent")
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("respondent") in (None, "")
    assert slots.get("legal_status")
    assert "issue_text" not in slots


async def test_a_bare_no_at_the_respondent_question_still_names_nobody():
    tracker = make_tracker(
        "没有", intent="deny", slots={**HOUSE, "category": "城乡建设"}, requested_slot="respondent"
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("respondent")  # the role the story gave, or 未提供: answered, never asked again


@pytest.mark.parametrize("said", ["没有 能直接告他们吗", "还没有 打官司要钱不", "没有，可以去法院起诉吗？"])
async def test_a_no_before_a_question_about_suing_at_the_time_question_is_about_the_suit(said):
    slots = {k: v for k, v in TOWED.items() if k != "occurred_at"} | {"category": "城乡建设"}
    tracker = make_tracker(said, intent="deny", slots=slots, requested_slot="occurred_at")
    updates, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert updates.get("legal_status") == "none"
    assert updates.get("occurred_at") is None


async def test_a_bare_no_at_the_time_question_is_still_no_time():
    slots = {k: v for k, v in TOWED.items() if k != "occurred_at"} | {"category": "城乡建设"}
    tracker = make_tracker("没有", intent="deny", slots=slots, requested_slot="occurred_at")
    updates, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert updates.get("legal_status") is None


@pytest.mark.parametrize("said", ["我们车间八十多人都一样", "厂里三百来号人都这样", "整条线上４０多人都是"])
async def test_a_head_count_at_the_earlier_report_question_is_no_report(said):
    known = {**TOWED, "category": "劳动和社会保障", "respondent": "某电子厂", "legal_status": "none"}
    tracker = make_tracker(said, slots=known, requested_slot="prior_report")
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("prior_report") in (None, "")


async def test_the_place_said_closer_with_more_of_the_matter_keeps_that_story():
    known = {"issue_text": "杭州的培训机构卷钱跑了", "location": "浙江省杭州市", "location_code": "3301"}
    said = "西湖区 那家叫乐学英语 上个月突然关门 我家孩子的课还剩四十节 交了九千块"
    tracker = make_tracker(said, slots=known, requested_slot="location")
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("location_code", "").startswith("330106")
    assert "还剩四十节" in (slots.get("issue_text") or "")
