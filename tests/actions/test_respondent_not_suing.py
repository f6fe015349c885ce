"""Asked who the matter is against, words about suing ("咱老百姓哪懂打官司", "能复议不 还是直接告") are the court
status or a question, never the party; a court or a party named with them still is one."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

STORY = {"issue_text": "村里修路占了我家两分地 说好的补偿一直没给", "category": "国土资源"}


async def answer(text: str, intent: str = "inform"):
    tracker = make_tracker(text, intent=intent, requested_slot="respondent", slots=dict(STORY))
    return await run_action(ValidateIntakeForm(), tracker)


@pytest.mark.parametrize(
    "text",
    [
        "没有 咱老百姓哪懂打官司",
        "俺们农民不会打官司",
        "罚款单开了 能复议不 还是直接去法院起诉",
        "沒有 我們不懂打官司",
    ],
)
async def test_suing_spoken_of_is_no_party(text):
    slots, _, _ = await answer(text)
    assert (
        not slots.get("respondent") or "官司" not in slots["respondent"] and "起诉" not in slots["respondent"]
    )


@pytest.mark.parametrize(
    ("text", "party"),
    [("告的是村委会", "村委会"), ("那个包工头刘三 我想起诉他", "刘三"), ("镇政府 我要告他们", "镇政府")],
)
async def test_a_party_named_beside_suing_is_kept(text, party):
    slots, _, _ = await answer(text)
    assert party in slots["respondent"]
