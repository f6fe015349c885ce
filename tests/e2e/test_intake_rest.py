"""A whole intake through the real REST channel, checked in the real database."""

from __future__ import annotations

import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import create_engine, text

from tests.e2e.harness import Stack

STORY = (
    "我在广州市天河区石牌街道的一家装修公司上班，公司叫鸿运装饰，去年三月开始公司就拖欠我们工资，"
    "一共欠了三个多月，老板一直拖着不给。我们有十几个工人都是这样。我电话１３８００１３８０００。"
)


def said(replies: list[dict]) -> str:
    return "\n".join(r.get("text") or "" for r in replies)


def case_row(stack: Stack, sender: str) -> dict | None:
    engine = create_engine(stack.database_url, future=True)
    with engine.connect() as conn:
        row = (
            conn.execute(text("select * from intake_cases where conversation_id = :c"), {"c": sender})
            .mappings()
            .first()
        )
    engine.dispose()
    return dict(row) if row else None


def test_intake_from_one_long_message_to_a_filed_case(stack: Stack):
    sender = f"e2e-{uuid.uuid4().hex[:8]}"
    assert said(stack.chat(sender, "你好"))

    first = said(stack.chat(sender, STORY))
    # place, time, category, phone came with the story: the next question is about court or arbitration
    assert "打官司" in first, first
    digression = said(stack.chat(sender, "多久能有结果？"))
    assert "第34条" in digression and "打官司" in digression, (
        digression
    )  # answered, then back to the question
    reply = said(stack.chat(sender, "没有打官司，也没有仲裁"))
    assert "反映过" in reply, reply
    reply = said(stack.chat(sender, "打过12345，让我们找劳动监察，也没下文"))
    assert "称呼" in reply, reply
    reply = said(stack.chat(sender, "我叫王建国"))
    assert "通讯地址" in reply, reply
    summary = said(stack.chat(sender, "广州市天河区石牌街道华师新村12栋502"))
    assert "请核对" in summary and "138****8000" in summary, summary
    assert "通讯地址：广州市天河区石牌街道华师新村12栋502" in summary, summary

    filed = said(stack.chat(sender, "对，提交"))
    assert "事项编号：XF" in filed, filed
    assert "12333" in filed and "第22条" in filed, filed
    number = filed.split("事项编号：")[1].split()[0]

    again = said(stack.chat(sender, "确认"))
    assert number in again and "不会重复" in again, again

    row = case_row(stack, sender)
    assert row is not None, stack.logs()
    assert row["case_number"] == number
    assert row["issue_text"] == STORY
    assert row["category"] == "劳动和社会保障"
    assert row["location"] == "广东省广州市天河区石牌街道"
    assert row["location_code"].startswith("440106")
    # "去年三月" on the server's clock, in the citizens' time zone
    assert row["occurred_at"].startswith(f"{datetime.now(ZoneInfo('Asia/Shanghai')).year - 1}-03")
    assert row["legal_status"] == "none"
    assert row["petitioner_name"] == "王建国"
    assert row["phone"] == "13800138000"
    assert row["address"] == "广州市天河区石牌街道华师新村12栋502"
    assert row["route"] == "labour_inspection"
    assert row["status"] == "待受理"

    # the case links to its transcript in Rasa's events table
    engine = create_engine(stack.database_url, future=True)
    with engine.connect() as conn:
        events = conn.execute(
            text("select count(*) from events where sender_id = :s"), {"s": sender}
        ).scalar()
    engine.dispose()
    assert events > 10

    progress = said(stack.chat(sender, f"查一下{number}，电话13800138000"))
    assert "待受理" in progress, progress


def test_an_id_number_is_filed_encrypted_and_never_stored_in_clear(stack: Stack):
    id_number, masked = "11010519491231002X", "110105********002X"
    sender = f"e2e-id-{uuid.uuid4().hex[:8]}"
    stack.chat(sender, STORY)
    stack.chat(sender, "没有打官司，也没有仲裁")
    stack.chat(sender, "打过12345，让我们找劳动监察，也没下文")
    stack.chat(sender, f"我叫王建国，身份证号{id_number}")
    summary = said(stack.chat(sender, "跳过"))
    assert masked in summary and id_number not in summary, summary
    assert "事项编号：XF" in said(stack.chat(sender, "对，提交"))

    row = case_row(stack, sender)
    assert row is not None, stack.logs()
    assert row["id_number_masked"] == masked
    assert row["id_number_encrypted"] and id_number not in row["id_number_encrypted"]
    engine = create_engine(stack.database_url, future=True)
    with engine.connect() as conn:
        stored = [
            r[0] for r in conn.execute(text("select data from events where sender_id = :s"), {"s": sender})
        ]
    engine.dispose()
    assert any(masked in data for data in stored)  # the citizen's message, as stored
    assert not any(id_number in data for data in stored)


def test_bad_input_gets_polite_answers_and_loses_nothing(stack: Stack):
    sender = f"e2e-bad-{uuid.uuid4().hex[:8]}"
    first = said(stack.chat(sender, "小区楼下烧烤店每天吵到半夜，油烟也大，在深圳市南山区粤海街道"))
    assert first
    for message in [
        "",
        "   ",
        "😀😀😀",
        "x" * 5000,
        "<script>alert('x')</script>",
        "'; DROP TABLE events; --",
        "Hello, can you help me?",
        "我們社區的垃圾沒人清理",
    ]:
        replies = stack.chat(sender, message)
        assert said(replies).strip(), f"no answer to {message[:20]!r}"
    slots = stack.tracker(sender)["slots"]
    assert slots["location"] == "广东省深圳市南山区粤海街道"
    assert slots["issue_text"].startswith("小区楼下烧烤店")


def test_crisis_gets_the_hotline_first(stack: Stack):
    sender = f"e2e-crisis-{uuid.uuid4().hex[:8]}"
    replies = stack.chat(sender, "工资两年都要不回来，我真的不想活了")
    assert "12356" in (replies[0].get("text") or "")
    assert stack.tracker(sender)["slots"]["urgent"] is True
