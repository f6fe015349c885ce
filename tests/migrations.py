"""Databases made by earlier versions, checked the same way on SQLite (tests/unit) and PostgreSQL
(tests/integration): each check stores rows as the older version did, runs what `make run` runs on start
(create_schema), and asserts the rows were brought up to date, once."""

from __future__ import annotations

from datetime import date, datetime, timezone

from cryptography.fernet import Fernet
from sqlalchemy import inspect, text

from bot.cases import CaseInput, CaseRepository, create_schema, session_factory
from bot.cases.db import add_missing_columns, migrate_due_articles, migrate_other_route_deadlines

FILED_AT = datetime(2026, 11, 27, 2, 30, tzinfo=timezone.utc)
ADDRESS = "湖南省长沙市岳麓区望月湖街道12栋3单元502"
ACCEPTED = date(2026, 1, 10)
SIXTY_DAYS = date(2026, 3, 11)


def _file_address_case(repo: CaseRepository, key: str, **fields) -> object:
    return repo.file_case(
        CaseInput(filing_key=key, issue_text="村里的路坏了三年没人修", **fields), now=FILED_AT
    ).case


# -- the 通讯地址 column, added to tables made before it ------------------------------------------------


def _drop_address(engine) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE intake_cases DROP COLUMN address")


def check_address_column_added(engine) -> None:
    """A table made before the column existed keeps its cases, gains the column once, and takes addresses."""
    create_schema(engine)
    repo = CaseRepository(session_factory(engine), id_encryption_key=Fernet.generate_key().decode())
    old = _file_address_case(repo, "old:1", petitioner_name="李四", phone="13812345678")
    _drop_address(engine)
    assert "address" not in {c["name"] for c in inspect(engine).get_columns("intake_cases")}
    create_schema(engine)  # what `make run` does on start
    create_schema(engine)
    assert "address" in {c["name"] for c in inspect(engine).get_columns("intake_cases")}
    assert add_missing_columns(engine) == []  # idempotent
    kept = repo.get_by_number(old.case_number)
    assert kept.address is None and kept.petitioner_name == "李四" and kept.phone == "13812345678"
    new = _file_address_case(repo, "new:1", petitioner_name="王秀英", address=ADDRESS)
    assert repo.get_by_number(new.case_number).address == ADDRESS
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM intake_cases")).scalar() == 2


# -- the due article of cases in handling, 第32条 → 第34条 -----------------------------------------

OLD_ARTICLES = {"a": "第32条", "b": "第32条、第34条", "c": "第22条、第23条", "d": None, "e": "第34条"}
NEW_ARTICLES = {"a": "第34条", "b": "第34条", "c": "第22条、第23条", "d": None, "e": "第34条"}


def _file_with_articles(engine) -> dict[str, str]:
    """One case per old article value, as an earlier version stored them; key → case number."""
    create_schema(engine)
    repo = CaseRepository(session_factory(engine), id_encryption_key=Fernet.generate_key().decode())
    numbers = {
        key: repo.file_case(
            CaseInput(filing_key=f"old:{key}", issue_text="路灯坏了"), now=FILED_AT
        ).case.case_number
        for key in OLD_ARTICLES
    }
    with engine.begin() as conn:
        for key, article in OLD_ARTICLES.items():
            conn.execute(
                text("UPDATE intake_cases SET due_article = :article WHERE case_number = :number"),
                {"article": article, "number": numbers[key]},
            )
    return numbers


def _articles(engine, numbers: dict[str, str]) -> dict[str, str | None]:
    with engine.connect() as conn:
        rows = dict(conn.execute(text("SELECT case_number, due_article FROM intake_cases")).all())
    return {key: rows[number] for key, number in numbers.items()}


def check_due_articles_migrated(engine) -> None:
    """Cases in handling stored with 第32条 as their due article read 第34条 after start-up."""
    numbers = _file_with_articles(engine)
    assert _articles(engine, numbers) == OLD_ARTICLES
    create_schema(engine)  # what `make run` does on start
    assert _articles(engine, numbers) == NEW_ARTICLES
    assert migrate_due_articles(engine) == 0  # idempotent


# -- the 60 days every route got from earlier versions -------------------------------------------------


def _stored(engine) -> dict[str, str]:
    create_schema(engine)
    repo = CaseRepository(session_factory(engine), id_encryption_key=Fernet.generate_key().decode())
    now = datetime(2026, 1, 10, 2, tzinfo=timezone.utc)
    numbers = {}
    for key, route in (
        ("labour", "labour_inspection"),
        ("court", "litigation"),
        ("petition", "petition"),
        ("no_route", None),
        ("pending", "labour_inspection"),
    ):
        numbers[key] = repo.file_case(
            CaseInput(filing_key=key, issue_text="事项", route=route), now=now
        ).case.case_number
    with engine.begin() as conn:  # what an earlier version stored on acceptance, whatever the route
        conn.execute(
            text(
                "UPDATE intake_cases SET status = :status, accepted_on = :on, handling_deadline = :until, "
                "due_on = :until, due_article = '第34条' WHERE case_number = :number"
            ),
            [
                {"status": s, "on": ACCEPTED, "until": SIXTY_DAYS, "number": numbers[k]}
                for k, s in (
                    ("labour", "已受理"),
                    ("court", "办理中"),
                    ("petition", "已受理"),
                    ("no_route", "办理中"),
                )
            ],
        )
    return numbers


def _deadlines(engine, numbers: dict[str, str]) -> dict[str, tuple]:
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT case_number, handling_deadline, due_on, due_article FROM intake_cases")
        ).all()
    by_number = {row[0]: tuple(str(v) if v is not None else None for v in row[1:]) for row in rows}
    return {key: by_number[number] for key, number in numbers.items()}


def check_other_route_deadlines_cleared(engine) -> None:
    """Cases of other routes stored with the 60-day date lose it on start-up; petitions keep it."""
    numbers = _stored(engine)
    sixty = ("2026-03-11", "2026-03-11", "第34条")
    assert _deadlines(engine, numbers)["labour"] == sixty
    create_schema(engine)  # what `make run` does on start
    after = _deadlines(engine, numbers)
    assert after["labour"] == after["court"] == (None, None, None)
    assert after["petition"] == after["no_route"] == sixty
    assert after["pending"] == (None, "2026-01-25", "第22条、第23条")
    assert migrate_other_route_deadlines(engine) == 0  # idempotent
