"""A correction said right after filing changes the filed case, or says honestly that staff change it
(the eighth tester: "已改成…" was said, the case kept the old phone, the progress check failed with the new one)."""

import pytest

from actions import services
from actions.corrections import CorrectDetail
from actions.filed_supplement import supplement_to_filed
from actions.filing import FileCase
from actions.slots import RESET_AFTER_FILING
from bot.cases import STATUS_ACCEPTED
from tests.actions.conftest import make_tracker, run_action, texts
from tests.actions.test_filing_and_progress import filled


async def file_one(sender: str = "conv-1") -> dict:
    slots, _, _ = await run_action(
        FileCase(), make_tracker("确认", intent="affirm", slots=filled(), active_loop=None, sender_id=sender)
    )
    after = {**filled(), **slots, "awaiting_confirmation": False}
    after.update({slot: None for slot in RESET_AFTER_FILING})
    return after


def correcting(said: str, slots: dict, sender: str = "conv-1"):
    return make_tracker(said, intent="correct_detail", slots=slots, active_loop=None, sender_id=sender)


@pytest.mark.parametrize(
    ("said", "phone"),
    [
        ("哎呀刚才那个电话写错了 应该是13012267413 最后两位反了", "13012267413"),
        ("电话打错了，是13900001111", "13900001111"),
        ("電話號碼錯了 應該是１３９００００２２２２", "13900002222"),
        ("手机号说错了，不是13800138000是13800138001", "13800138001"),
        ("电话尾号是8001不是8000", "13800138001"),
    ],
)
async def test_a_phone_corrected_after_filing_is_the_phone_of_the_filed_case(said, phone):
    slots = await file_one()
    number = slots["case_number"]
    updates, dispatcher, events = await run_action(CorrectDetail(), correcting(said, slots))
    reply = texts(dispatcher)
    assert updates["phone"] == phone
    assert "改好了" in reply and number in reply
    assert services.case_repository().get_by_number(number).phone == phone
    found = services.case_repository().lookup_progress(number, phone, "someone-else")
    assert found.status == "found"
    assert any(e.get("event") == "followup" and e.get("name") == "action_listen" for e in events)


async def test_a_name_and_an_address_corrected_after_filing_change_the_case_only():
    slots = await file_one()
    number = slots["case_number"]
    said = "姓名和通讯地址都写错了，我叫李秀兰，地址是石牌街道华师新村12栋302"
    updates, _, _ = await run_action(CorrectDetail(), correcting(said, slots))
    case = services.case_repository().get_by_number(number)
    assert case.petitioner_name == "李秀兰" and "华师新村12栋302" in case.address
    assert case.location == filled()["location"] and case.issue_text == filled()["issue_text"]
    assert updates["petitioner_name"] == "李秀兰"


async def test_a_place_corrected_after_filing_is_not_kept_for_a_next_matter():
    slots = await file_one()
    number = slots["case_number"]
    updates, _, _ = await run_action(CorrectDetail(), correcting("发生时间不对，是9月份", slots))
    assert services.case_repository().get_by_number(number).occurred_at.endswith("-09")
    assert "occurred_at" not in updates  # the next matter told starts without it


async def test_a_case_staff_took_up_is_not_said_to_be_changed():
    slots = await file_one()
    number = slots["case_number"]
    with services.case_repository()._sessions.begin() as session:  # staff accepted it
        services.case_repository()._get(session, number).status = STATUS_ACCEPTED
    updates, dispatcher, _ = await run_action(CorrectDetail(), correcting("电话错了，是13900001111", slots))
    reply = texts(dispatcher)
    assert "工作人员来改" in reply and "改成" not in reply and "改好了" not in reply
    assert services.case_repository().get_by_number(number).phone == "13800138000"
    assert "phone" not in updates


async def test_another_conversation_cannot_change_the_case():
    slots = await file_one(sender="conv-1")
    number = slots["case_number"]
    _, dispatcher, _ = await run_action(
        CorrectDetail(), correcting("电话错了，是13900001111", slots, sender="conv-2")
    )
    assert "工作人员来改" in texts(dispatcher)
    assert services.case_repository().get_by_number(number).phone == "13800138000"


async def test_the_story_is_not_replaced_after_filing():
    slots = await file_one()
    number = slots["case_number"]
    _, dispatcher, _ = await run_action(
        CorrectDetail(), correcting("问题描述改成：烧烤店半夜还在营业", slots)
    )
    assert "改好了" not in texts(dispatcher)
    assert services.case_repository().get_by_number(number).issue_text == filled()["issue_text"]


@pytest.mark.parametrize(
    ("said", "names"),
    [
        ("对象不止组长 还有会计 组长叫黄国富 会计叫黄秀英", ("黄国富", "黄秀英")),
        ("反映對象不光支書 還有村主任 支書叫劉大海 村主任叫王二強", ("刘大海", "王二强")),
    ],
)
async def test_two_parties_named_after_filing_change_the_filed_case(said, names):
    """ib-003: taken for a new story after filing, the correction started a second intake and the case kept
    only the role."""
    slots = await file_one()
    number = slots["case_number"]
    tracker = make_tracker(said, intent="tell_problem", slots=slots, active_loop=None, sender_id="conv-1")
    reply = supplement_to_filed(tracker, said)
    respondent = services.case_repository().get_by_number(number).respondent
    assert reply and number in reply and "改好了" in reply
    assert all(name in respondent for name in names)


@pytest.mark.parametrize(
    ("said", "intent", "expected"),
    [
        ("人数改成一个人 复议要她本人去吗 她卧床了", "tell_problem", "委托"),
        ("涉及人数写1个就行 申请复议能让我代她去不", "correct_detail", "代理人"),
        ("人數改成１個 復議一定要本人去嗎", "correct_detail", "委托"),
    ],
)
async def test_a_question_beside_a_correction_after_filing_is_answered(said, intent, expected):
    """hx-003: "人数写我爸一个就行 复议要我爸本人去吗" after filing changed the count and left the question unanswered."""
    slots = await file_one()
    number = slots["case_number"]
    tracker = make_tracker(said, intent=intent, slots=slots, active_loop=None, sender_id="conv-1")
    if intent == "tell_problem":
        reply = supplement_to_filed(tracker, said) or ""
    else:
        _, dispatcher, _ = await run_action(CorrectDetail(), tracker)
        reply = texts(dispatcher)
    assert number in reply and "改好了" in reply
    assert expected in reply
    assert services.case_repository().get_by_number(number).people_count == 1
