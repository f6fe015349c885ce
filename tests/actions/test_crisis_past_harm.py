"""A beating told as past, read by the classifier as a crisis: answered as the matter, no urgent flag."""

from __future__ import annotations

import pytest

from actions.crisis import CrisisResponse
from actions.filing import FileCase
from tests.actions.conftest import make_tracker, run_action, texts


def _followups(events: list) -> list[str]:
    return [e.get("name") for e in events if e.get("event") == "followup"]


@pytest.mark.parametrize(
    "text",
    [
        "上个月在菜市场门口被摊主打了 缝了四针 派出所到现在也不处理",
        "俺家娃上礼拜在学校被几个大孩子打得鼻青脸肿 老师说是闹着玩 不管",
        "去年被保安打伤住院 報了警一直沒下文",
    ],
)
async def test_a_past_beating_starts_the_intake_with_110_in_reach_and_no_alarm(text):
    tracker = make_tracker(text, intent="domestic_violence", active_loop=None, confidence=0.95)
    slots, dispatcher, events = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert "110" in dispatcher.messages[0]["text"] and "现在" in dispatcher.messages[0]["text"]
    assert "危险中" not in said and "通知值班" not in said
    assert "urgent" not in slots and "handoff_requested" not in slots and "threat_flag" not in slots
    assert slots["issue_text"] == text  # the story is kept, nobody tells it twice
    assert _followups(events) == ["intake_form"]


@pytest.mark.parametrize(
    "text",
    [
        "上个月被邻居打了 缝了六针 他还天天来威胁我 说还要打我",
        "孩子上周在学校被打得鼻青脸肿 现在吓得不敢去上学",
        "去年被老公打断了肋骨 现在还跟他住一起",
    ],
)
async def test_a_past_beating_with_danger_now_stays_urgent(text):
    tracker = make_tracker(text, intent="domestic_violence", active_loop=None, confidence=0.95)
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert "110" in dispatcher.messages[0]["text"]
    assert "通知值班" in texts(dispatcher)
    assert slots["urgent"] is True and slots["handoff_requested"] is True


async def test_a_past_beating_told_during_the_intake_is_read_as_the_answer():
    tracker = make_tracker(
        "上个月打我的那个邻居 姓冯",
        intent="domestic_violence",
        confidence=0.8,
        ranking=[("domestic_violence", 0.8), ("inform", 0.15)],
        requested_slot="respondent",
        slots={"issue_text": "上个月在小区被邻居打了 头上缝了六针 派出所不处理"},
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert "通知值班" not in texts(dispatcher)
    assert "urgent" not in slots


async def test_danger_back_during_the_intake_of_a_past_beating_is_a_crisis_again():
    tracker = make_tracker(
        "他刚才又来砸我家门了",
        intent="domestic_violence",
        confidence=0.9,
        requested_slot="respondent",
        slots={"issue_text": "上个月在小区被邻居打了 头上缝了六针 派出所不处理"},
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert "110" in dispatcher.messages[0]["text"]
    assert slots["urgent"] is True


FILED = {
    "category": "政法",
    "location": "广东省广州市白云区",
    "location_code": "440111",
    "occurred_at": "2026-11",
    "respondent": "派出所",
    "legal_status": "none",
    "prior_report": "报过警",
    "people_count": "1",
    "petitioner_name": "谢晓燕",
    "phone": "13711412345",
    "intake_id": "intake-past-harm",
    "awaiting_confirmation": True,
}


@pytest.mark.parametrize(
    ("story", "urgent", "note"),
    [
        ("上个月在停车场被邻居打了 头上缝了六针 派出所到现在也不处理", None, True),
        ("小区门口的路灯坏了半年 没人修", None, False),
        ("上个月被邻居打了 缝了六针 他还天天来威胁我", True, False),  # urgent: the urgent line instead
    ],
)
async def test_filing_a_past_beating_ends_with_110_in_reach(story, urgent, note):
    slots = {**FILED, "issue_text": story, "urgent": urgent}
    _, dispatcher, _ = await run_action(
        FileCase(), make_tracker("对", intent="affirm", slots=slots, active_loop=None)
    )
    said = texts(dispatcher)
    assert ("如果现在还有人威胁" in said) is note
    assert ("标记为紧急" in said) is bool(urgent)


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("就他一个", "people_count"),
        ("就他一个人", "people_count"),
        ("只有他一个", "people_count"),
        ("就他一個", "people_count"),
        ("他一个", "people_count"),
    ],
)
async def test_a_short_answer_the_classifier_guessed_as_a_threat_is_the_answer(text, slot):
    tracker = make_tracker(
        text,
        intent="threat_violence",
        confidence=0.6,
        ranking=[("threat_violence", 0.6), ("inform", 0.11)],
        requested_slot=slot,
        slots={"issue_text": "村里说好的补贴一直没给我老伴"},
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert "110" not in texts(dispatcher)
    assert "urgent" not in slots
    assert slots.get(slot)


@pytest.mark.parametrize("text", ["他又来了", "他拿着刀", "救命", "他在砸门"])
async def test_a_short_message_saying_danger_now_still_gets_the_hotline(text):
    tracker = make_tracker(
        text,
        intent="threat_violence",
        confidence=0.6,
        ranking=[("threat_violence", 0.6), ("inform", 0.2)],
        requested_slot="people_count",
        slots={"issue_text": "村里说好的补贴一直没给我老伴"},
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert "110" in texts(dispatcher)
    assert slots["urgent"] is True


async def test_a_longer_message_guessed_as_a_threat_still_gets_the_check_in():
    tracker = make_tracker(
        "就他一个人 天天在我家门口转来转去 晚上也不走",
        intent="threat_violence",
        confidence=0.6,
        ranking=[("threat_violence", 0.6), ("inform", 0.2)],
        requested_slot="people_count",
        slots={"issue_text": "村里说好的补贴一直没给我老伴"},
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert "110" in texts(dispatcher)
    assert slots["urgent"] is True


@pytest.mark.parametrize(
    "text",
    [
        "没有 我想离婚 能不能申请那个保护令",
        "没打官司 保护令咋申请啊",
        "沒有 人身安全保護令有用嗎",
        "家暴可以起诉离婚吗 还没有起诉",
    ],
)
async def test_a_question_about_the_protection_order_after_the_crisis_is_answered(text):
    tracker = make_tracker(
        text,
        intent="domestic_violence",
        confidence=0.95,
        requested_slot="legal_status",
        slots={"issue_text": "我老公喝了酒就打我 昨晚把我头打破了 我现在在我妈家", "urgent": True},
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert "保护令" in said and "72小时" in said
    assert "通知值班" not in said  # the crisis text is not said again
    assert slots.get("legal_status") == "none"


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("他又来了 能不能申请保护令", True),  # danger now: the crisis text again
        ("我老公打我 能申请保护令吗", None),  # the first time: the crisis text first
    ],
)
async def test_a_protection_order_question_with_danger_or_first_gets_the_crisis_reply(text, urgent):
    tracker = make_tracker(
        text,
        intent="domestic_violence",
        confidence=0.95,
        requested_slot="legal_status",
        slots={"issue_text": "我老公喝了酒就打我", "urgent": urgent},
    )
    _, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert "通知值班" in texts(dispatcher)


@pytest.mark.parametrize(("phone", "promised"), [("13711412345", True), (None, False)])
async def test_the_urgent_line_promises_a_call_only_with_a_phone_left(phone, promised):
    # hq-014, hq-022: "工作人员会优先联系您" was said to people who left no phone
    story = "上个月被邻居打了 缝了六针 他还天天来威胁我"
    slots = {**FILED, "issue_text": story, "urgent": True, "phone": phone}
    _, dispatcher, _ = await run_action(
        FileCase(), make_tracker("对", intent="affirm", slots=slots, active_loop=None)
    )
    said = texts(dispatcher)
    assert "标记为紧急" in said
    assert ("优先联系您" in said) is promised and ("没法打给您" in said) is not promised
