"""The whole stack on PostgreSQL: an intake through REST, then the case row and Rasa's events in the same
(fresh) PostgreSQL database."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.e2e.harness import Stack, running_stack

STORY = "小区楼下老王烧烤店每天吵到半夜，在深圳市南山区粤海街道，我电话13800138000"


def said(replies: list[dict]) -> str:
    return "\n".join(r.get("text") or "" for r in replies)


@pytest.fixture(scope="module")
def pg_database(postgres_url: str) -> Iterator[str]:
    """A fresh database in the test cluster, so the stack has to create every table itself."""
    name = f"intake_e2e_{uuid.uuid4().hex[:8]}"
    admin = create_engine(postgres_url, future=True, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0")
    try:
        yield make_url(postgres_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()


@pytest.fixture(scope="module")
def pg_stack(tmp_path_factory: pytest.TempPathFactory, pg_database: str) -> Iterator[tuple[Stack, Path]]:
    workdir = tmp_path_factory.mktemp("e2e-pg")
    with running_stack(workdir, database_url=pg_database) as running:
        yield running, workdir


def query(database_url: str, sql: str, **params) -> list[dict]:
    engine = create_engine(database_url, future=True)
    try:
        assert engine.dialect.name == "postgresql"
        with engine.connect() as conn:
            return [dict(row) for row in conn.execute(text(sql), params).mappings()]
    finally:
        engine.dispose()


def test_intake_on_postgres_lands_in_postgres(pg_stack: tuple[Stack, Path]):
    stack, workdir = pg_stack
    sender = f"e2e-pg-{uuid.uuid4().hex[:8]}"

    reply = said(stack.chat(sender, STORY))
    # place and phone came with the story; the category only when the classifier is sure of it
    if "哪一类" in reply:
        reply = said(stack.chat(sender, "环境保护"))
    assert "什么时候" in reply, reply
    reply = said(stack.chat(sender, "从今年五月开始的"))
    assert "打官司" in reply, reply
    reply = said(stack.chat(sender, "没有打官司"))
    assert "反映过" in reply, reply
    reply = said(stack.chat(sender, "打过12345，没人管"))
    assert "多少人" in reply, reply
    reply = said(stack.chat(sender, "我们三十多户都受影响"))
    assert "称呼" in reply, reply
    assert "通讯地址" in said(stack.chat(sender, "我叫李明"))
    summary = said(stack.chat(sender, "同上"))
    assert "请核对" in summary and "138****8000" in summary, summary
    assert "广东省深圳市南山区粤海街道" in summary and "李明" in summary, summary

    filed = said(stack.chat(sender, "对"))
    assert "事项编号：XF" in filed, filed
    assert "12345" in filed and "第22条" in filed, filed
    number = filed.split("事项编号：")[1].split()[0]

    rows = query(stack.database_url, "select * from intake_cases where conversation_id = :c", c=sender)
    assert len(rows) == 1, stack.logs()
    row = rows[0]
    assert row["case_number"] == number
    assert row["issue_text"] == STORY
    assert row["category"] == "环境保护"
    assert row["location"] == "广东省深圳市南山区粤海街道"
    assert row["location_code"] == "440305007"
    assert row["occurred_at"].endswith("-05"), row["occurred_at"]
    assert row["legal_status"] == "none"
    assert row["prior_report"] == "打过12345，没人管"
    assert row["people_count"] == 30
    assert row["petitioner_name"] == "李明"
    assert row["phone"] == "13800138000"
    assert row["route"] == "hotline_12345"
    assert row["status"] == "待受理"
    assert row["created_at"] is not None and row["register_deadline"] > row["created_at"].date()
    history = query(
        stack.database_url, "select to_status from intake_case_status_history where case_id = :i", i=row["id"]
    )
    assert [h["to_status"] for h in history] == ["待受理"]

    # Rasa's tracker store wrote the transcript to the same PostgreSQL database
    events = query(
        stack.database_url,
        "select type_name, data from events where sender_id = :s order by id",
        s=sender,
    )
    assert len(events) > 10
    user_texts = [json.loads(e["data"]).get("text") for e in events if e["type_name"] == "user"]
    # stored with the phone masked (bot.rasa_plugins.event_privacy); the case above has it
    assert user_texts[0] == STORY.replace("13800138000", "138****8000") and user_texts[-1] == "对", user_texts
    assert not any("13800138000" in e["data"] for e in events)
    assert any(e["type_name"] == "action" for e in events)

    # nothing fell back to SQLite
    assert not list(workdir.rglob("*.db")), list(workdir.rglob("*.db"))
