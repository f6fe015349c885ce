"""After a crisis: the fear he comes back gets its own advice, an all-clear gets a word back (never the story),
a gas leak gets no questions while they should be getting out, and asking to keep him away is answered."""

from __future__ import annotations

import pytest

from actions.crisis import GET_SAFE_FIRST, CrisisResponse
from bot.domain.safety import RETURN_FEAR_ADVICE, SAFE_NOW_REPLY
from tests.actions.conftest import make_tracker, run_action, texts

FILED = {
    "issue_text": "隔壁拿着锄头堵在我家门口 说要打死我",
    "case_number": "XF20261205-0001",
    "urgent": True,
}


def _followups(events: list) -> list[str]:
    return [e.get("name") for e in events if e.get("event") == "followup"]


@pytest.mark.parametrize("text", ["他要是晚上再来咋办", "怕他今晚又来 我一个人在屋里", "他會不會回來報復我"])
async def test_fear_he_comes_back_after_filing_gets_the_safety_advice(text):
    tracker = make_tracker(text, intent="domestic_violence", active_loop=None, confidence=1.0, slots=FILED)
    slots, dispatcher, events = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert dispatcher.messages[0]["text"] == RETURN_FEAR_ADVICE
    assert "110" in said and "不要开门" in said
    assert "跟我说说发生了什么" not in said  # the matter is filed already
    assert slots["urgent"] is True and not _followups(events)


async def test_fear_he_comes_back_before_any_story_still_gets_110():
    tracker = make_tracker("他要是晚上再来咋办", intent="domestic_violence", active_loop=None, confidence=1.0)
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert "110" in dispatcher.messages[0]["text"] and slots["urgent"] is True


@pytest.mark.parametrize(
    "text", ["屋里好大一股液化气的味道 我妈在灶屋 是不是漏气了 咋办", "家里煤气味好重 是不是漏了"]
)
async def test_a_gas_leak_now_gets_what_to_do_and_no_questions(text):
    tracker = make_tracker(text, intent="domestic_violence", active_loop=None, confidence=1.0)
    slots, dispatcher, events = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert "119" in dispatcher.messages[0]["text"] and "总阀" in dispatcher.messages[0]["text"]
    assert GET_SAFE_FIRST in said
    assert "issue_text" not in slots and "intake_form" not in _followups(events)


@pytest.mark.parametrize("text", ["关了阀 窗子打开了 人都出来了", "煤气阀关好了 都在楼下了"])
async def test_all_clear_after_the_gas_is_acknowledged_and_not_the_story(text):
    tracker = make_tracker(
        text, intent="domestic_violence", active_loop=None, confidence=1.0, slots={"urgent": True}
    )
    slots, dispatcher, events = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert dispatcher.messages[0]["text"] == SAFE_NOW_REPLY
    assert "跟我说说是怎么回事" in said
    assert "通知值班" not in said and "issue_text" not in slots and not _followups(events)


async def test_all_clear_during_the_intake_gets_a_word_and_no_second_crisis_reply():
    tracker = make_tracker(
        "警察来了 把他带走了 我没事",
        intent="domestic_violence",
        confidence=1.0,
        requested_slot="occurred_at",
        slots={"urgent": True, "issue_text": "我老公喝醉了拿着菜刀在外面砸门 说要砍死我"},
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert dispatcher.messages[0]["text"] == SAFE_NOW_REPLY
    assert "通知值班" not in said and "12338" not in said
    assert "occurred_at" not in slots  # no answer taken from it


async def test_all_clear_words_with_no_crisis_before_get_no_crisis_text():
    tracker = make_tracker(
        "人都出来了",
        intent="domestic_violence",
        confidence=1.0,
        ranking=[("domestic_violence", 1.0), ("tell_problem", 0.6)],
        active_loop=None,
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert SAFE_NOW_REPLY not in said and "通知值班" not in said and "urgent" not in slots


async def test_asking_to_keep_him_away_at_the_court_question_gets_the_protection_order():
    tracker = make_tracker(
        "没有 我想离婚 能让法院不让他靠近我吗",
        intent="domestic_violence",
        confidence=1.0,
        requested_slot="legal_status",
        slots={"urgent": True, "issue_text": "我老公喝醉了拿着菜刀在外面砸门 说要砍死我"},
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert "人身安全保护令" in said and "第28条" in said
    assert "通知值班" not in said
    assert slots.get("legal_status") == "none"


async def test_an_all_clear_that_answers_the_question_asked_is_kept_as_the_answer():
    tracker = make_tracker(
        "报了警 派出所的人把他劝走了",
        intent="domestic_violence",
        confidence=1.0,
        requested_slot="prior_report",
        slots={"urgent": True, "issue_text": "隔壁拿着锄头堵在我家门口 说要打死我"},
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert dispatcher.messages[0]["text"] == SAFE_NOW_REPLY
    assert "派出所" in (slots.get("prior_report") or "") or "警" in (slots.get("prior_report") or "")


def _after(previous: str, text: str, **kwargs):
    tracker = make_tracker(text, intent="domestic_violence", confidence=1.0, **kwargs)
    user = {"event": "user", "text": previous, "parse_data": {"text": previous}}
    tracker.events.insert(0, user)
    return tracker


@pytest.mark.parametrize(
    "text", ["他喝了酒打我两三年了 今天最吓人", "我老公打我好几年了", "他打我不是一回两回了"]
)
async def test_harm_told_as_history_right_after_the_all_clear_gets_no_second_alarm(text):
    tracker = _after(
        "警察来了 把他带走了 我没事",
        text,
        requested_slot="occurred_at",
        slots={"urgent": True, "issue_text": "x"},
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    said = texts(dispatcher)
    assert dispatcher.messages[0]["text"].startswith("这些我都记下了") and "110" in said
    assert "通知值班" not in said and slots["urgent"] is True


@pytest.mark.parametrize("text", ["他又回来了 拿着刀在门口", "救命 他现在又在打我", "他要是晚上再来咋办"])
async def test_danger_again_after_the_all_clear_gets_the_full_reply(text):
    tracker = _after(
        "警察来了 把他带走了 我没事",
        text,
        requested_slot="occurred_at",
        slots={"urgent": True, "issue_text": "x"},
    )
    _, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert not dispatcher.messages[0]["text"].startswith("这些我都记下了")
    assert "110" in dispatcher.messages[0]["text"]
