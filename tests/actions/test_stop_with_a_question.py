"""Stopping the intake with a question in the same breath ("先不登记 就是问问 那意思是反映了也不耽误起诉对吧"): the
intake stops and the question is answered (信访 and a lawsuit are two roads, 第28条); a plain stop says only that.
Phrasings written for these tests, none a corpus message."""

from __future__ import annotations

import pytest

from actions.stop_intake import StopIntake
from tests.actions.conftest import make_tracker, run_action, texts

STORY = {"issue_text": "楼上装修把我家天花板泡坏了 物业不管", "location": "湖南省长沙市岳麓区"}


@pytest.mark.parametrize(
    "text",
    [
        "先不登记了 我就问问 反映了还能起诉吧？",
        "不用登记 就想知道 上访了是不是就不能打官司了",
        "算了不弄了 信访和起诉能一起吗",
    ],
)
async def test_a_question_said_with_stop_is_answered(text: str) -> None:
    slots, dispatcher, events = await run_action(StopIntake(), make_tracker(text, intent="stop", slots=STORY))
    said = texts(dispatcher)
    assert "先不登记" in said and "第28条" in said
    assert any(e.get("event") == "active_loop" and e.get("name") is None for e in events)


async def test_a_plain_stop_says_only_that() -> None:
    _, dispatcher, _ = await run_action(StopIntake(), make_tracker("算了不弄了", intent="stop", slots=STORY))
    assert "第28条" not in texts(dispatcher)


@pytest.mark.parametrize(
    "text, office",
    [
        (
            "我想咨询一下 独生子女父母奖励 退休的时候不是应该发一次性奖励吗 我单位倒闭了 找谁要 我不想投诉 就问问",
            "卫生健康",
        ),
        ("不用登记 我就问问我妈的长护险在哪里申请", "医保"),
        ("不登记了 残疾证去哪办啊", "残联"),
    ],
)
async def test_a_stop_with_a_question_about_a_service_names_who_does_it(text, office) -> None:
    _, dispatcher, _ = await run_action(StopIntake(), make_tracker(text, intent="stop", slots={}))
    assert office in texts(dispatcher)
