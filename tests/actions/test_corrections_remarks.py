"""A correction at the summary with a remark after the value, a party added, or the recorded value denied
before the right one without 是: only the field named changes, to the value alone."""

from __future__ import annotations

import pytest

from actions import services
from tests.actions.test_corrections_apply import CASE, changed_details, correct

ON_RECORD = {**CASE, "respondent": "金湖物业公司", "legal_status": "judged"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("反映对象是衡阳县民政局 没有问字", "衡阳县民政局"),
        ("不是金湖 是金海物业 我前面说了", "金海物业"),
        ("反映对象不对 是雨湖区社保局 他走不了路是说我妈", "雨湖区社保局"),
        ("反映对象写王家烧烤就行 还有把城管也写上 他们也不管", "王家烧烤、城管"),
        ("反映对象写错了 是物业 金海物业服务公司", "金海物业服务公司"),
        ("對象寫錯了 應該是金海物業 我之前說過", "金海物业"),
        ("还有县住建局也要写上 不只物业", "金湖物业公司、县住建局"),
        ("還有街道辦也得加上 光寫物業他們又推", "金湖物业公司、街道办"),
        ("把开发商鼎盛公司也写上吧", "金湖物业公司、开发商鼎盛公司"),
    ],
)
async def test_the_respondent_is_the_party_alone(text, expected):
    updates, dispatcher, _ = await correct(text, ON_RECORD)
    assert updates == {"awaiting_confirmation": False, "respondent": expected}
    assert "没有问字" not in " ".join(str(m.get("text")) for m in dispatcher.messages)


@pytest.mark.parametrize(
    ("text", "status", "record"),
    [
        ("不是正在审理 早判完了 驳回了", "judged", "in_court"),
        ("不是判了 还在审呢", "in_court", "judged"),
        ("不是没打官司 去年就起诉了 还没开庭", "in_court", "none"),
    ],
)
async def test_a_status_denied_then_told_without_shi_becomes_the_one_told(text, status, record):
    updates, _, _ = await correct(text, {**ON_RECORD, "legal_status": record})
    assert updates == {"awaiting_confirmation": False, "legal_status": status}


@pytest.mark.parametrize(
    ("text", "on_record", "expected"),
    [
        ("公司也写上 蜀安建设 罗永刚是它的老板", "罗永刚", "罗永刚、蜀安建设"),
        ("把厂子名字也加上：宏达五金厂", "老板王德发", "老板王德发、宏达五金厂"),
        ("公司也写上 宏图建筑", "宏图建筑公司", "宏图建筑公司"),
    ],
)
async def test_the_employer_added_is_written_beside_the_party_on_record(text, on_record, expected):
    updates, _, _ = await correct(text, {**ON_RECORD, "respondent": on_record})
    assert updates.get("respondent", on_record) == expected
    assert "issue_text" not in updates


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("我女儿电话15173120011你们咋没记上", "女儿"),
        ("還有我老伴的手機 15173120011 也記一下", "老伴"),
        ("俺闺女的号15173120011 打不通俺就打她", "闺女"),
    ],
)
async def test_a_second_number_is_kept_beside_the_phone(text, who):
    updates, dispatcher, _ = await correct(text, ON_RECORD)
    assert "phone" not in updates
    assert f"{who}的电话 15173120011" in updates["contact_note"]
    said = " ".join(str(m.get("text")) for m in dispatcher.messages)
    assert "还是138****8000" in said


async def test_a_number_meant_to_replace_the_phone_replaces_it():
    updates, _, _ = await correct("电话改成我儿子的 15173120011 我的不用了", ON_RECORD)
    assert updates["phone"] == "15173120011"


@pytest.mark.parametrize(
    "text", ["时间是去年退休以后 不是1月 我是7月退的", "时间是去年 不是一月份 俺是七月份退的"]
)
async def test_the_time_said_again_after_the_one_denied_is_the_value(text):
    last_year = services.now_local().year - 1
    updates, _, _ = await correct(text, {**ON_RECORD, "occurred_at": f"{last_year}-01"})
    assert str(updates["occurred_at"]).startswith(f"{last_year}-07")
    assert changed_details(updates) == {"occurred_at"}
