"""Several details listed as wrong, then their values ("地址和电话都错了，电话是…，地址是…", "人数和时间都不对 全村
三百来户 合同是前年秋天签的"): every detail named is changed, none other, nothing added to the story
(the eighth tester: the place of the matter was emptied, or nothing was changed at all)."""

import pytest

from actions.correction_parse import parse_corrections
from actions.corrections import CorrectDetail
from tests.actions.conftest import make_tracker, run_action
from tests.actions.test_filing_and_progress import filled


@pytest.mark.parametrize(
    ("said", "slots"),
    [
        ("地址和电话都错了，电话是13911427756，地址是12号楼2单元602", ["phone", "location"]),
        ("人数和时间都不对 全村三百来户 合同是前年秋天签的不是去年", ["people_count", "occurred_at"]),
        ("时间和人数都不对 全村三百来户 前年秋天签的", ["occurred_at", "people_count"]),
        ("時間跟人數都不對，前年秋天，三百來戶", ["occurred_at", "people_count"]),
        ("名字和电话都不对，我叫张三，13812345678", ["petitioner_name", "phone"]),
        ("电话和名字都不对，我叫张三，13812345678", ["petitioner_name", "phone"]),
        ("反映对象和类别都不对 是开发商 类别是城乡建设", ["respondent", "category"]),
        ("对象、时间都错了：是街道办，去年十月", ["respondent", "occurred_at"]),
        ("地方和电话都说错了 友谊路那段是河西区的 不是和平区 电话是18622473109", ["location", "phone"]),
        ("地点和时间都不对 是河西区 不是和平区 上个月中旬开始的", ["location", "occurred_at"]),
    ],
)
def test_each_listed_detail_gets_its_own_value(said, slots):
    requests = parse_corrections(said)
    assert sorted(r.slot for r in requests) == sorted(slots)
    assert all(r.value for r in requests)


def test_the_values_go_to_the_details_by_kind():
    requests = {r.slot: r.value for r in parse_corrections("时间和人数都不对 全村三百来户 前年秋天签的")}
    assert requests["people_count"] == "全村三百来户"
    assert requests["occurred_at"].startswith("前年秋天")


@pytest.mark.parametrize("said", ["地址和电话都错了", "电话和名字都写错了", "人数跟时间都不对"])
def test_listed_details_without_values_are_asked_again(said):
    requests = parse_corrections(said)
    assert len(requests) == 2 and not any(r.value for r in requests)


@pytest.mark.parametrize(
    "said",
    ["我和我老公都被打了", "电话打不通", "地址和电话我都说过了 你们记一下"],
)
def test_words_that_list_no_wrong_details_are_no_listing(said):
    assert not any(r.slot in ("people_count", "occurred_at") and not r.value for r in parse_corrections(said))


def at_summary():
    return {
        **filled(
            location="北京市昌平区回龙观街道",
            location_code="110114",
            address="龙腾苑三区12号楼",
            phone="13911427765",
            people_count="好几十万村民",
            occurred_at="2025",
        ),
        "awaiting_confirmation": True,
    }


async def test_the_address_and_the_phone_change_and_the_place_of_the_matter_stays():
    said = "地址和电话都错了，电话是13911427756，地址是12号楼2单元602"
    tracker = make_tracker(said, intent="correct_detail", slots=at_summary(), active_loop=None)
    updates, _, _ = await run_action(CorrectDetail(), tracker)
    assert updates["phone"] == "13911427756"
    assert updates["address"] == "龙腾苑三区12号楼2单元602"  # the compound's name stays
    assert "location" not in updates and "issue_text" not in updates


async def test_the_count_and_the_time_change_together():
    said = "人数和时间都不对 全村三百来户 合同是前年秋天签的不是去年"
    tracker = make_tracker(said, intent="correct_detail", slots=at_summary(), active_loop=None)
    updates, _, _ = await run_action(CorrectDetail(), tracker)
    assert "三百" in str(updates["people_count"])
    assert str(updates["occurred_at"]).startswith("2024")
    assert "issue_text" not in updates and "location" not in updates


@pytest.mark.parametrize(
    ("before", "said", "after"),
    [
        ("龙腾苑三区12号楼", "通讯地址写错了，是12号楼2单元602", "龙腾苑三区12号楼2单元602"),
        ("华师新村3栋", "通讯地址不对 应该是3栋201", "华师新村3栋201"),
        ("华师新村3栋", "通讯地址不对 应该是5栋201", "5栋201"),
        ("幸福里112号楼", "通讯地址改成12号楼301", "12号楼301"),
        ("和平小区8幢", "通讯地址要改：８幢２单元５０１", "和平小区8幢2单元501"),
    ],
)
async def test_a_door_number_in_the_same_building_keeps_the_compound(before, said, after):
    slots = {**at_summary(), "address": before}
    tracker = make_tracker(said, intent="correct_detail", slots=slots, active_loop=None)
    updates, _, _ = await run_action(CorrectDetail(), tracker)
    assert updates["address"] == after


async def test_a_place_said_with_the_one_it_replaces_and_a_phone_both_change():
    slots = {
        **filled(location="天津市和平区", location_code="120101", phone="18622473190"),
        "awaiting_confirmation": True,
    }
    said = "地方和电话都说错了 友谊路那段是河西区的 不是和平区 电话是18622473109"
    tracker = make_tracker(said, intent="correct_detail", slots=slots, active_loop=None)
    updates, _, _ = await run_action(CorrectDetail(), tracker)
    assert updates["phone"] == "18622473109"
    assert updates["location_code"].startswith("120103")
    assert "issue_text" not in updates
