"""The name and phone said in the same breath as a fear are kept ("陈秀英 电话187… 他要是放出来晚上再来咋办")."""

from __future__ import annotations

import pytest

from actions.crisis import CrisisResponse
from bot.domain.safety import RETURN_FEAR_ADVICE
from tests.actions.conftest import make_tracker, run_action

TOLD = {
    "issue_text": "隔壁的拿着菜刀在我家门口砍门 说要砍死我男人 因为田埂的事",
    "category": "政法",
    "location": "贵州省毕节市织金县珠藏镇",
    "location_code": "520524",
    "occurred_at": "2026-12-05",
    "respondent": "杨光富",
    "legal_status": "none",
    "prior_report": "未曾反映",
    "people_count": "2",
    "urgent": True,
}


@pytest.mark.parametrize(
    ("text", "name", "number"),
    [
        ("陈秀英 电话18785734419 他要是放出来晚上再来咋办", "陈秀英", "18785734419"),
        ("我叫陈秀英 18785734419 他放出来再来打我咋整", "陈秀英", "18785734419"),
    ],
)
async def test_name_and_phone_beside_the_fear_are_kept(text, name, number):
    """hl-012: the advice came, and the name was asked again."""
    tracker = make_tracker(
        text, intent="violence", confidence=1.0, slots=TOLD, requested_slot="petitioner_name"
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert dispatcher.messages[0]["text"] == RETURN_FEAR_ADVICE
    assert slots.get("petitioner_name") == name
    assert slots.get("phone") == number


@pytest.mark.parametrize("asked", ["petitioner_name", "prior_report"])
async def test_no_answer_beside_the_fear_sets_nothing_more(asked):
    tracker = make_tracker(
        "他要是放出来晚上再来咋办",
        intent="violence",
        confidence=1.0,
        slots=TOLD,
        requested_slot=asked,
    )
    slots, _, _ = await run_action(CrisisResponse(), tracker)
    assert "petitioner_name" not in slots


async def test_outside_an_intake_nothing_is_read_as_an_answer():
    tracker = make_tracker(
        "陈秀英 他要是放出来晚上再来咋办", intent="violence", confidence=1.0, active_loop=None, slots=TOLD
    )
    slots, _, _ = await run_action(CrisisResponse(), tracker)
    assert "petitioner_name" not in slots


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("就是张二娃噻 大名叫张志明 他要是今天晚上又来咋个办嘛", "张志明"),
        ("张二娃大名叫张志明 他晚上再来砍我咋整", "张志明"),
        ("張二娃 大名叫張志明 他今晚又來咋辦", "张志明"),  # traditional characters
    ],
)
@pytest.mark.parametrize("intent", ["violence", "domestic_violence", "threat_violence"])
async def test_the_whole_name_of_the_party_beside_the_fear_is_kept(text, name, intent):
    """hh-003: a neighbour on record by nickname, his whole name said with the fear at another question."""
    slots_told = {**TOLD, "respondent": "隔壁张二娃"}
    tracker = make_tracker(
        text, intent=intent, confidence=1.0, slots=slots_told, requested_slot="legal_status"
    )
    slots, _, _ = await run_action(CrisisResponse(), tracker)
    assert slots.get("respondent") == name
    assert "legal_status" not in slots


@pytest.mark.parametrize("intent", ["violence", "domestic_violence"])
async def test_a_fear_alone_leaves_the_party_as_it_is(intent):
    slots_told = {**TOLD, "respondent": "隔壁张二娃"}
    tracker = make_tracker(
        "他要是今天晚上又来咋个办嘛",
        intent=intent,
        confidence=1.0,
        slots=slots_told,
        requested_slot="legal_status",
    )
    slots, _, _ = await run_action(CrisisResponse(), tracker)
    assert "respondent" not in slots


STORY_ONLY = {
    "issue_text": "楼上的拿着砍刀在我家门口骂 说要弄死我儿子",
    "category": "政法",
    "urgent": True,
}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("我前面讲过了 他拿着刀在门口 长春市南关区 自由大路街道", "220102"),
        ("他拿菜刀堵我家门口 就在成都市武侯区", "510107"),
        ("他還拿著刀在樓道裡 我們在長春市南關區", "220102"),  # traditional characters
    ],
)
async def test_the_place_said_again_with_the_danger_is_kept(text, code):
    """A place said with the danger told again, at the place question, is the place: not asked once more."""
    tracker = make_tracker(
        text, intent="violence", confidence=1.0, slots=STORY_ONLY, requested_slot="location"
    )
    slots, _, _ = await run_action(CrisisResponse(), tracker)
    assert str(slots.get("location_code") or "").startswith(code)


@pytest.mark.parametrize(
    ("text", "name", "number"),
    [
        ("王桂芝 电话13907315268 他晚上再来砍我咋整", "王桂芝", "13907315268"),
        ("我叫刘翠兰 手机１３９０７３１５２６８ 怕他放出来又来打我", "刘翠兰", "13907315268"),  # full-width
    ],
)
@pytest.mark.parametrize("asked", ["prior_report", "legal_status"])
async def test_name_and_phone_beside_the_fear_at_another_question_are_kept(text, name, number, asked):
    """Said ahead at the earlier-report or court question, the name and phone are not asked for again."""
    tracker = make_tracker(text, intent="violence", confidence=1.0, slots=TOLD, requested_slot=asked)
    slots, _, _ = await run_action(CrisisResponse(), tracker)
    assert slots.get("petitioner_name") == name
    assert slots.get("phone") == number
    assert asked not in slots
