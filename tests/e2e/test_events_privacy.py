"""A whole intake through the running stack leaves no phone or ID number in clear in Rasa's `events`
table, while the filed case has them (issue 16, items 3 and 4)."""

from __future__ import annotations

import json
import re
import uuid

from sqlalchemy import create_engine, text

from tests.e2e.harness import Stack
from tests.e2e.test_intake_rest import case_row, said

PHONE = "13912345678"
ID_TYPED = "110105 19491231\t002X"  # spaced and with a tab, as the parser reads it
STORY = (
    "我在广州市天河区石牌街道的一家装修公司上班，公司叫鸿运装饰，去年三月开始公司就拖欠我们工资，"
    "一共欠了三个多月，我们有十几个工人都是这样。我电话 139 1234 5678，白天打。"
)
# the numbers as typed or compact, in a row or in the JSON it decodes to
CLEAR = re.compile(r"139\s*1234\s*5678|19491231")


def _rows(stack: Stack, sender: str) -> list[str]:
    engine = create_engine(stack.database_url, future=True)
    with engine.connect() as conn:
        rows = conn.execute(text("select data from events where sender_id = :s"), {"s": sender}).scalars()
        data = list(rows)
    engine.dispose()
    return data


def test_a_whole_intake_stores_no_clear_number_and_files_them(stack: Stack) -> None:
    sender = f"e2e-privacy-{uuid.uuid4().hex[:8]}"
    stack.chat(sender, STORY)
    stack.chat(sender, "没有打官司，也没有仲裁")
    stack.chat(sender, "打过12345，让我们找劳动监察，也没下文")
    stack.chat(sender, f"我叫王建国，身份证号{ID_TYPED}")
    summary = said(stack.chat(sender, "跳过"))  # no address
    assert "请核对" in summary and "139****5678" in summary, summary
    filed = said(stack.chat(sender, "对，提交"))
    assert "事项编号：XF" in filed, filed
    number = filed.split("事项编号：")[1].split()[0]
    progress = said(stack.chat(sender, f"查一下{number}，电话{PHONE}"))
    assert "待受理" in progress, progress

    row = case_row(stack, sender)
    assert row is not None and row["phone"] == PHONE  # the dialogue kept the phone until filing
    assert row["issue_text"] == STORY  # the story as told, phone included (sealed in the events meanwhile)

    rows = _rows(stack, sender)
    assert len(rows) > 20
    leaks = [
        data
        for data in rows
        if CLEAR.search(data) or CLEAR.search(json.dumps(json.loads(data), ensure_ascii=False))
    ]
    assert leaks == [], leaks[:3]
    tracker = stack.tracker(sender)
    assert tracker["slots"]["phone"] == PHONE  # read back through the tracker store: opened again
