"""A short class name at the respondent question, a branch of the unit on record, a street office told at the
respondent question with its time (held chats ib-028, ic-024, hz-002), a name told with a hesitation (id-011)."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

STORY = "上游村把水渠堵了 俺家麦地浇不上水"


async def run(text, requested_slot, slots):
    tracker = make_tracker(text, intent="inform", requested_slot=requested_slot, slots=slots)
    updated, _, _ = await run_action(ValidateIntakeForm(), tracker)
    return updated


@pytest.mark.parametrize("said", ["农业的", "农村那类", "就是环保的吧", "劳动"])
async def test_a_class_by_its_short_name_is_no_party(said):
    slots = await run(said, "respondent", {"issue_text": STORY, "category": "农村农业"})
    assert not slots.get("respondent")


@pytest.mark.parametrize(
    ("known", "said", "expected"),
    [
        ("不动产登记中心", "海珠区 不动产登记中心海珠分中心", "不动产登记中心海珠分中心"),
        ("工商银行", "就是工商银行城东支行", "工商银行城东支行"),
        (
            "不动产登记中心",
            "不动产登记中心的人说要去分局",
            "不动产登记中心",
        ),  # where they sent him: no branch
    ],
)
async def test_a_branch_of_the_unit_on_record(known, said, expected):
    slots = await run(said, "occurred_at", {"issue_text": "办过户不给办", "respondent": known})
    assert slots.get("respondent", known) == expected


async def test_a_street_office_told_with_its_time_at_the_respondent_question():
    slots = await run(
        "我要反映 长青街道不给俺妈发高龄补贴 今年三月停的 找了街道两回都说不归他们管",
        "respondent",
        {"issue_text": "俺妈的高龄补贴没了", "category": "民政", "location": "辽宁省沈阳市皇姑区"},
    )
    assert slots.get("respondent") == "长青街道"


async def test_a_name_told_with_a_hesitation_read_as_a_question_is_still_the_party():
    slots = await run(
        "骗子 叫什么华盈资本 有个姓王的主管拉我进群",
        "respondent",
        {"issue_text": "我被骗了 网上投资理财 钱全转过去了", "category": "政法"},
    )
    assert slots.get("respondent") == "华盈资本"
