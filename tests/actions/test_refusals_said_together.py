"""A name refused together with the phone, a phone given beside a refused name, a refusal typed in pinyin."""

from __future__ import annotations

import pytest

from actions.refusals import refuses_in_pinyin
from actions.slots import NOT_PROVIDED
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

KNOWN = {
    "issue_text": "有人在黄河滩上非法挖沙 晚上几十辆车拉 河堤都挖空了",
    "category": "国土资源",
    "location": "内蒙古自治区呼和浩特市托克托县双河镇",
    "location_code": "150122001",
    "occurred_at": "2026-10",
    "legal_status": "none",
    "prior_report": "12345",
    "people_count": "几个村",
}


async def _name_answer(text, intent="inform"):
    tracker = make_tracker(text, requested_slot="petitioner_name", slots=KNOWN, intent=intent)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    return slots


@pytest.mark.parametrize("intent", ["skip", "inform", "deny"])
@pytest.mark.parametrize(
    "text", ["不留名 也不留电话 我怕", "名字不留了 电话也不留", "名字和电话都不留", "姓名不留 手机也别留了"]
)
async def test_name_and_phone_refused_together(text, intent):
    """hl-036, hl-002: the name was let go and the phone asked for all the same."""
    slots = await _name_answer(text, intent)
    assert slots.get("petitioner_name") == NOT_PROVIDED
    assert slots.get("phone") == NOT_PROVIDED


@pytest.mark.parametrize("intent", ["skip", "inform"])
@pytest.mark.parametrize(
    ("text", "number"),
    [("跳过 电话可以留 15149776620", "15149776620"), ("名字先不说了 电话13358770214", "13358770214")],
)
async def test_a_phone_given_beside_a_refused_name_is_kept(text, number, intent):
    """hl-019: '联系电话等问到的时候可以不留' and the number dropped."""
    slots = await _name_answer(text, intent)
    assert slots.get("petitioner_name") == NOT_PROVIDED
    assert slots.get("phone") == number


async def test_a_name_refused_alone_leaves_the_phone_to_its_question():
    slots = await _name_answer("不留名了")
    assert slots.get("petitioner_name") == NOT_PROVIDED
    assert "phone" not in slots


@pytest.mark.parametrize(
    "text", ["bu liu ming zi", "buliumingzi", "Bu Liu Ming Zi", "bu xiang shuo ming zi", "ni ming"]
)
async def test_a_refusal_in_pinyin_is_no_name(text):
    """hl-026 filed "bu liu ming zi" as the citizen's name."""
    assert refuses_in_pinyin(text)
    assert (await _name_answer(text)).get("petitioner_name") == NOT_PROVIDED


@pytest.mark.parametrize("text", ["Chen Yutong", "li ming", "wang xiao ming", "陈雨桐"])
def test_names_in_pinyin_are_no_refusal(text):
    assert not refuses_in_pinyin(text)
