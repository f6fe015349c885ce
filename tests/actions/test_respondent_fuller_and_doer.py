"""A party on record by its kind word alone, said later with its name ("红旗街派出所"), and who did it said at
another question ("组长弄的 叫王德才") (hi-017, lead-040)."""

from __future__ import annotations

import time

import pytest

from actions.intake_turn import Turn
from actions.respondent_naming import fuller_name
from actions.validate_intake import ValidateIntakeForm
from bot.channels.limits import MAX_MESSAGE_CHARS
from tests.actions.conftest import make_tracker, run_action

STORY = "我儿子让派出所拘了十天 就是跟人推搡了几下 凭啥只拘我儿子"
LAND = "村里把俺家承包的两亩田划给别人种了 没给俺说一声"


async def run(text, requested_slot, slots):
    tracker = make_tracker(text, intent="inform", requested_slot=requested_slot, slots=slots)
    return await run_action(ValidateIntakeForm(), tracker)


@pytest.mark.parametrize(
    ("known", "said", "requested_slot", "expected"),
    [
        ("派出所", "长春朝阳区 红旗街派出所", "location", "红旗街派出所"),
        ("派出所", "是红旗街派出所拘的", "occurred_at", "红旗街派出所"),
        ("派出所", "红旗街派出所 上个月三号", "occurred_at", "红旗街派出所"),
        ("医院", "就是仁爱医院 八月份做的", "occurred_at", "仁爱医院"),
        ("城管", "南海区大沥镇 大沥镇城管收的", "location", "大沥镇城管"),
        ("派出所", "紅旗街派出所", "legal_status", "红旗街派出所"),  # traditional characters
    ],
)
async def test_the_kind_word_on_record_takes_the_name_said_later(known, said, requested_slot, expected):
    slots, _, _ = await run(said, requested_slot, {"issue_text": STORY, "respondent": known})
    assert slots["respondent"] == expected


@pytest.mark.parametrize(
    ("said", "requested_slot"),
    [
        ("找过红旗街派出所 没人管", "prior_report"),  # where it was reported: another party
        ("派出所 就那个派出所", "occurred_at"),  # no name said
        ("住在人民医院旁边", "address"),
    ],
)
async def test_no_name_or_another_party_leaves_the_record(said, requested_slot):
    known = "医院" if "医院" in said else "派出所"
    slots, _, _ = await run(said, requested_slot, {"issue_text": STORY, "respondent": known})
    assert slots.get("respondent", known) == known


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("就是前年的事 组长弄的 叫王德才", "组长王德才"),
        ("是村主任干的 他叫李富贵", "村主任李富贵"),
        ("前年 村委会弄的", "村委会"),
        ("去年的事 镇政府拆的", "镇政府"),
    ],
)
async def test_who_did_it_said_at_another_question_is_kept(said, expected):
    slots, _, _ = await run(said, "category", {"issue_text": LAND})
    assert slots["respondent"].endswith(expected)


@pytest.mark.parametrize("said", ["前年的事 我自己弄的", "饭是我做的 前年", "组长弄的吧 我也不清楚"])
async def test_no_party_in_what_was_done(said):
    slots, _, _ = await run(said, "category", {"issue_text": LAND})
    assert slots.get("respondent") in (None, "组长")


def test_a_long_message_full_of_the_kind_word_is_read_quickly():
    text = ("我去了医院看病医院说不行" * 300)[:MAX_MESSAGE_CHARS]
    turn = Turn(text=text, intent="inform", slots={"respondent": "医院"}, requested_slot="occurred_at")
    start = time.perf_counter()
    assert fuller_name(turn, text) is None  # "看病医院" names no hospital
    assert time.perf_counter() - start < 0.5
