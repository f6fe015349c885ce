"""Whole intakes through validate_intake_form, as the form asks: the next missing detail, in order.

Each citizen has answers per question (tried in order: a question or a refusal first, then the answer);
the filed details and what the bot said are checked at the end.
"""

from __future__ import annotations

import pytest

from actions.slots import INTAKE_SLOTS, NOT_PROVIDED
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts

Answers = dict[str, list[tuple[str, str]]]


async def play(story: str, answers: Answers, max_turns: int = 30) -> tuple[dict, str]:
    slots: dict = {}
    said: list[str] = []
    pending = {slot: list(replies) for slot, replies in answers.items()}
    text, intent, requested, loop = story, "tell_problem", None, None
    for _ in range(max_turns):
        tracker = make_tracker(text, intent=intent, slots=slots, requested_slot=requested, active_loop=loop)
        updates, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
        slots.update(updates)
        said.append(texts(dispatcher))
        requested = next((s for s in INTAKE_SLOTS if slots.get(s) in (None, "")), None)
        if requested is None:
            return slots, "\n".join(said)
        replies = pending.get(requested) or [("跳过", "skip")]
        text, intent = replies.pop(0) if len(replies) > 1 else replies[0]
        loop = "intake_form"
    raise AssertionError(f"stuck at {requested}: {said[-3:]}")


async def test_an_elderly_villager_with_dialect_and_a_question():
    slots, said = await play(
        "我们村的支书把我家的宅基地占了盖养猪场，我一个老人家没得办法",
        {
            "category": [("国土资源", "inform")],
            "location": [("湖南省长沙市望城区", "inform")],
            "occurred_at": [("前年", "inform")],
            "respondent": [("反映这个事要不要花钱？", "inform"), ("就是村支书", "inform")],
            "legal_status": [("没有打官司 我一个老人家打么子官司", "inform")],
            "prior_report": [("冇找过", "inform")],
            "people_count": [("就我家", "inform")],
            "petitioner_name": [("我姓易，易春兰", "inform")],
            "phone": [("电话留一个吧 15973612098", "skip")],
        },
    )
    assert slots["respondent"] == "村支书"
    assert slots["legal_status"] == "none"
    assert slots["prior_report"] == "未曾反映"
    assert slots["people_count"] == "就我家"
    assert slots["petitioner_name"] == "易春兰"
    assert slots["phone"] == "15973612098"
    assert "不收费" in said


async def test_a_woman_who_must_not_be_called_at_night():
    slots, said = await play(
        "我住在广州市天河区石牌街道，邻居家天天半夜装修吵得孩子睡不着，物业也不管",
        {
            "category": [("城乡建设", "inform")],
            "petitioner_name": [("不方便说", "inform")],
            "phone": [("13880412376，白天打，晚上我老公在家别打", "inform")],
            "people_count": [("就我一个", "inform")],
            "legal_status": [("没有", "deny")],
            "prior_report": [("找过物业，没人理", "inform")],
            "respondent": [("物业", "inform")],
        },
    )
    assert slots["phone"] == "13880412376"
    assert slots["contact_note"] == "白天打，晚上我老公在家别打"
    assert slots["petitioner_name"] == NOT_PROVIDED
    assert slots["prior_report"].startswith("找过物业")
    assert "utter_skipped_name" in said


async def test_workers_in_traditional_characters_with_full_width_digits():
    slots, said = await play(
        "老闆跑路了，欠我們十幾個人三個月工錢，工地在廣州市天河區",
        {
            "category": [("劳动和社会保障", "inform")],
            "legal_status": [("要收费吗？", "inform"), ("没有", "deny")],
            "prior_report": [("打过12345 说让找劳动监察 也没下文", "inform")],
            "petitioner_name": [("叫我小周吧", "inform")],
            "phone": [("１３９ ００１３ ９０００", "inform")],
        },
    )
    assert slots["people_count"] == "十几个人"  # as said in the story, not 10
    assert slots["legal_status"] == "none"
    assert slots["prior_report"].startswith("打过12345")
    assert slots["petitioner_name"] == "小周"
    assert slots["phone"] == "13900139000"
    assert said.count("不收费。通过网上") == 1  # the fee question answered once


@pytest.mark.parametrize(
    "letter",
    [
        "尊敬的肖局长：您好！我是石门村村民，村委会把我们组的集体土地卖了，钱不知去向，再不解决我就去北京上访。",
        "李书记您好，村委会把我们组的集体土地卖了，钱不知去向，再不解决我们就去北京上访",
    ],
)
async def test_a_letter_names_its_addressee_and_threatens_but_neither_is_a_detail(letter):
    slots, _ = await play(
        letter,
        {
            "category": [("国土资源", "inform")],
            "location": [("湖南省长沙市望城区", "inform")],
            "petitioner_name": [("跳过", "skip")],
            "phone": [("跳过", "skip")],
        },
    )
    assert slots["respondent"] == "村委会"
    assert slots["location_code"].startswith("430112")  # not 北京 from the threat
    assert slots["prior_report"] in (NOT_PROVIDED, None) or "上访" not in slots["prior_report"]
    assert slots["petitioner_name"] == NOT_PROVIDED  # "我是石门村村民" is no name
