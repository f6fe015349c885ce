"""Several details corrected at the summary: each one named changes and nothing else ("地址和电话都错了，电话是…，
地址是…"); named with no values, they are asked for once and nothing is wiped; "地址" beside a 通讯地址 on record is
that address, not the place of the matter."""

from __future__ import annotations

import pytest

from actions.correction_ask import meant_slot
from actions.corrections import CorrectDetail
from tests.actions.conftest import play

SUMMARY = {
    "issue_text": "开发商把地下车位月租从300涨到800",
    "category": "城乡建设",
    "location": "北京市昌平区回龙观街道",
    "location_code": "110114009",
    "occurred_at": "2026-03",
    "respondent": "北京鸿泰置业有限公司",
    "legal_status": "none",
    "people_count": "六百多户",
    "petitioner_name": "贾文博",
    "phone": "13911427765",
    "address": "龙腾苑三区12号楼",
    "awaiting_confirmation": True,
}


async def _correct(text: str):
    return await play(CorrectDetail(), text, intent="correct", active_loop=None, slots=SUMMARY)


@pytest.mark.parametrize(
    "text",
    [
        "地址和电话都错了，电话是13911427756，地址是12号楼2单元602",
        "电话跟地址都不对 电话13911427756 地址12号楼2单元602",
        "电话和地址都写错了：电话13911427756，地址12号楼2单元602",
    ],
)
async def test_both_change_and_nothing_else(text):
    turn = await _correct(text)
    assert turn.slots["phone"] == "13911427756"
    assert turn.slots["address"] == "龙腾苑三区12号楼2单元602"  # the compound name kept
    assert "location" not in turn.slots and "location_code" not in turn.slots


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("地址和电话都错了", ("通讯地址", "联系电话")),
        ("人数和时间都不对", ("涉及人数", "发生时间")),
        ("电话、名字都写错了", ("联系电话", "姓名")),
    ],
)
async def test_named_without_values_they_are_asked_for_and_nothing_is_wiped(text, asked):
    turn = await _correct(text)
    assert all(label in turn.said for label in asked) and "其他的都不变" in turn.said
    assert turn.slots == {"awaiting_confirmation": True}


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("地址和电话都错了", "address"),
        ("地址说错了", "address"),
        ("发生地点和电话都错了", "location"),
        ("事发的地址不对", "location"),
    ],
)
def test_the_word_address_beside_an_address_on_record(text, slot):
    assert meant_slot("location", "", text, SUMMARY) == slot


def test_with_a_value_or_no_address_on_record_the_place_stays_the_place():
    assert meant_slot("location", "海淀区", "地址说错了，是海淀区", SUMMARY) == "location"
    assert meant_slot("location", "", "地址说错了", {**SUMMARY, "address": None}) == "location"


REPORTED_SECRETARY = {**SUMMARY, "respondent": "村书记", "category": "纪检监察", "occurred_at": "2026"}


@pytest.mark.parametrize(
    ("text", "recorded"),
    [
        ("时间不对 是今年春天评的 还有书记名字写上 叫孙德海", "村书记孙德海"),
        ("书记名字呢 孙德海 你没写上", "村书记孙德海"),
        ("书记的全名是孙德海", "村书记孙德海"),
        ("对象呢 孙德海 你咋没记上", "孙德海"),  # no role said: the name as corrected
    ],
)
async def test_a_party_named_by_its_role_gets_the_name_and_nothing_else_changes(text, recorded):
    turn = await play(CorrectDetail(), text, intent="correct", active_loop=None, slots=REPORTED_SECRETARY)
    assert turn.slots["respondent"] == recorded
    assert not {"petitioner_name", "phone", "location", "issue_text"} & set(turn.slots)
