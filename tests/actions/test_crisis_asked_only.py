"""A first message that asks about violence at home or a relative with a mental illness, with nothing happening this
minute, is answered and stored nowhere (id-030, id-031); one that asks us to send someone hears that we cannot and
to call 110 now, with 120 when someone is hurt (id-014, id-029)."""

from __future__ import annotations

import pytest

from actions.crisis import CrisisResponse
from actions.crisis_questions import ASKED_ONLY
from actions.not_a_matter import answer_instead_of_filing
from tests.actions.conftest import make_tracker, run_action, texts


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("问一下 老公打老婆 报警有用吗 报了警他回来会不会打得更狠", "告诫书"),
        ("我想问一下 我哥是精神病 在家发病打我妈 能不能把他送医院 谁来送", "精神卫生法"),
        ("请问 我爸天天打我妈 我能替我妈申请保护令吗", "人身安全保护令"),
        ("想问一下 我弟精神分裂 犯病了砸东西打人 谁来送医院", "医疗机构"),
    ],
)
async def test_a_crisis_asked_about_is_answered_and_nothing_stored(text, answer):
    tracker = make_tracker(text, intent="domestic_violence", active_loop=None)
    slots, dispatcher, events = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert "110" in said and answer in said and ASKED_ONLY in said
    assert "issue_text" not in slots and "category" not in slots
    assert not any(e.get("event") == "followup" for e in events)


async def test_harm_told_now_with_a_question_starts_the_intake_as_before():
    text = "我老公喝了酒就打我 昨天又打了 能不能申请保护令"
    tracker = make_tracker(text, intent="domestic_violence", active_loop=None)
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert ASKED_ONLY not in texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "ambulance"),
    [
        ("没有 他现在还在砍门 你们能不能马上派人来", False),
        ("就现在啊 你们到底来不来人 要不要叫救护车", True),
        ("你们能不能派个人过来 他拿刀在门口 我男人头破了", True),
    ],
)
async def test_asking_us_to_send_someone_gets_110_now(text, ambulance):
    slots = {"urgent": True, "issue_text": "我弟弟有精神病 拿菜刀砍门"}
    tracker = make_tracker(text, intent="domestic_violence", requested_slot="legal_status", slots=slots)
    _, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert "派不了人" in said and "110" in said
    assert ("120" in said) is ambulance


async def test_he_is_here_in_the_intake_gets_a_short_word_and_no_answer_read():
    slots = {"urgent": True, "issue_text": "我老公打我 昨晚上又打了 打我头"}
    tracker = make_tracker("他来了", intent="domestic_violence", requested_slot="respondent", slots=slots)
    got, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert "先别回我" in said and "110" in said and "请先看这里" not in said
    assert "respondent" not in got


def test_the_question_asked_again_with_no_filing_wanted_is_answered_again():
    earlier = ["问一下 老公打老婆 报警有用吗 报了警他回来会不会打得更狠"]
    said = answer_instead_of_filing({}, "我就问问 先不登记 你先回答我报了警他会不会打得更狠", earlier)
    assert said and "告诫书" in said[0]


@pytest.mark.parametrize("text", ["我头破了 要不要叫120", "血一直流 要不要叫救护车啊", "打120吗"])
async def test_an_ambulance_asked_about_after_the_card_is_yes_first(text):
    slots = {"urgent": True, "issue_text": "我老婆又打我了 这次拿凳子砸的 我在卫生间锁着门"}
    tracker = make_tracker(text, intent="domestic_violence", active_loop=None, slots=slots)
    _, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert said.startswith("要。") and "120" in said and "没太明白" not in said


async def test_the_answer_beside_a_request_to_send_someone_is_kept():
    slots = {"urgent": True, "issue_text": "我弟弟有精神病 拿菜刀砍门", "category": "政法"}
    tracker = make_tracker(
        "没有 他现在还在砍门 你们能不能马上派人来",
        intent="domestic_violence",
        requested_slot="legal_status",
        slots=slots,
    )
    got, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert "110" in texts(dispatcher) and "派不了人" in texts(dispatcher)
    assert got.get("legal_status") == "none"
