"""A crisis at any point: after filing the case just filed is flagged (the citizen is not asked to tell it again);
a beating dated months ago with nobody arrested is the matter, not an alarm, and going to Beijing is answered
(第20条); asking to keep him away at the summary gets the protection order; a correction there is a correction."""

from __future__ import annotations

from datetime import datetime

import pytest

from actions import services
from actions.crisis import CONFIRM_REMINDER, CrisisResponse
from actions.crisis_followup import FILED_AND_URGENT
from bot.cases import CaseInput
from bot.domain.safety import PAST_HARM_NOTE
from tests.actions.conftest import make_tracker, run_action, texts

NOW = datetime(2026, 12, 5, 10, 0)


@pytest.fixture(autouse=True)
def pinned_today(monkeypatch):
    monkeypatch.setattr(services, "now_local", lambda: NOW)


def _filed(urgent: bool = False) -> str:
    filed = services.case_repository().file_case(
        CaseInput(filing_key="after-filing", issue_text="八亩地被征了 补偿比别人低", urgent=urgent)
    )
    return filed.case.case_number


@pytest.mark.parametrize(
    "text", ["登上了有啥用 俺是真不想活了", "登记了又能咋样 我活着没意思", "都登上了 我还是想一死了之"]
)
async def test_self_harm_after_filing_flags_the_case_and_asks_for_no_story(text):
    number = _filed()
    slots = {"case_number": number}
    tracker = make_tracker(text, intent="self_harm", active_loop=None, confidence=1.0, slots=slots)
    updated, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert "12356" in dispatcher.messages[0]["text"] and "010-82951332" in dispatcher.messages[0]["text"]
    assert FILED_AND_URGENT.format(number=number) in said
    assert "跟我说说发生了什么" not in said
    assert updated["urgent"] is True
    assert services.case_repository().get_by_number(number).urgent


async def test_despair_after_filing_taken_for_a_new_matter_ends_that_intake_and_flags_the_filed_case():
    # "你们慢慢弄吧 反正我也不想拖了 药没了就算了" after filing began a new intake; "我是说我真不想活了" is about the
    # case filed: the hotlines, the filed case urgent, and no question of a new matter (hi-023)
    number = _filed()
    slots = {
        "case_number": number,
        "issue_text": "你们慢慢弄吧 反正我也不想拖了 药没了就算了",
        "requested_slot": "category",
    }
    tracker = make_tracker(
        "我不是要登记新的 我是说我真不想活了", intent="self_harm", confidence=1.0, slots=slots
    )
    updated, dispatcher, events = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert "12356" in said
    assert FILED_AND_URGENT.format(number=number) in said
    assert "接着把事情登记下来" not in said
    assert updated["issue_text"] is None and updated["requested_slot"] is None
    assert any(e.get("event") == "active_loop" and e.get("name") is None for e in events)
    assert services.case_repository().get_by_number(number).urgent


async def test_a_new_grievance_after_filing_keeps_its_intake_when_a_crisis_is_told():
    number = _filed()
    slots = {"case_number": number, "issue_text": "老板欠我三个月工资不给", "requested_slot": "location"}
    tracker = make_tracker("我真不想活了", intent="self_harm", confidence=1.0, slots=slots)
    updated, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert "12356" in texts(dispatcher)
    assert "issue_text" not in updated  # the new matter stays; the intake goes on when they are ready


async def test_a_threat_after_filing_is_recorded_on_the_case():
    number = _filed()
    tracker = make_tracker(
        "再不给我补偿 我就去把乡政府点了",
        intent="threat_violence",
        active_loop=None,
        confidence=1.0,
        slots={"case_number": number},
    )
    await run_action(CrisisResponse(), tracker)
    record = services.case_repository().get_by_number(number)
    assert record.urgent and record.threat


LETTER = (
    "尊敬的领导您好！我是广州市天河区棠下街道的居民，今年9月12日晚上我儿子在村里一家大排档被几个人围殴，"
    "鼻梁骨折，派出所到现在不抓人，说还在调查，打人的人天天在村里晃。再不处理我就带着儿子去北京！"
)


async def test_a_beating_dated_months_ago_is_the_matter_and_beijing_is_answered():
    # the NLU's guard has no clock and reads a crisis; the action reads the date against today
    tracker = make_tracker(LETTER, intent="domestic_violence", active_loop=None, confidence=1.0)
    updated, dispatcher, events = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert "有人身处危险" not in said and "请先看这里" not in said
    assert PAST_HARM_NOTE in said
    assert "第20条" in said
    assert updated.get("issue_text") and not updated.get("urgent")
    assert any(e.get("name") == "intake_form" for e in events if e.get("event") == "followup")


SUMMARY = {
    "issue_text": "我爸爸在老家，这些年一直打我妈，上个礼拜又把她打到肋骨骨折住院。",
    "category": "政法",
    "urgent": True,
    "awaiting_confirmation": True,
}


async def _at_summary(text: str) -> tuple[dict, str, str]:
    """The crisis action on a message at the summary of a crisis already answered: slots, all said, first."""
    tracker = make_tracker(text, intent="domestic_violence", active_loop=None, confidence=1.0, slots=SUMMARY)
    updated, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    return updated, texts(dispatcher), dispatcher.messages[0]["text"]


@pytest.mark.parametrize("text", ["請問能讓法院不讓我爸靠近我媽嗎？", "能不能让他离我妈远点"])
async def test_keeping_him_away_asked_at_the_summary_gets_the_protection_order(text):
    _, said, _ = await _at_summary(text)
    assert "保护令" in said and "答不准" not in said
    assert CONFIRM_REMINDER in said
    assert "请先看这里" not in said


async def test_a_correction_at_the_summary_naming_the_harm_is_no_second_alarm():
    updated, said, _ = await _at_summary("类别不对 是他打老婆 家暴")
    assert "请先看这里" not in said and "跟我说说发生了什么" not in said
    assert updated["urgent"] is True
    assert "问题类别" in said


@pytest.mark.parametrize(
    "text", ["类别不对 是他打老婆 家暴", "反映对象不对 主要是我爸李国强打我妈 派出所也不管"]
)
async def test_a_correction_of_a_crisis_at_the_summary_shows_the_summary_again(text):
    """ "对 提交" after it files the case, never "还没有要提交的内容" (ia-010)."""
    slots = {**SUMMARY, "respondent": "派出所", "people_count": "1"}
    tracker = make_tracker(text, intent="domestic_violence", active_loop=None, confidence=1.0, slots=slots)
    updated, _, events = await run_action(CrisisResponse(), tracker)
    assert updated.get("awaiting_confirmation") is False
    assert any(e.get("event") == "followup" and e.get("name") == "intake_form" for e in events)


async def test_a_correction_with_danger_now_still_gets_the_hotlines():
    _, _, first = await _at_summary("类别不对 他现在又拿刀来砸门了")
    assert "110" in first
