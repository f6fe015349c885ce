"""Sweep alarms: staff see a phone tried against many case numbers, masked, with its count (issue 16)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from cryptography.fernet import Fernet

from bot.cases import CaseInput, CaseRepository, create_schema, make_engine, session_factory
from bot.staff.sweeps import SWEEP_MIN_ATTEMPTS, sweep_alarms

NOW = datetime(2026, 11, 27, 2, 30, tzinfo=timezone.utc)


@pytest.fixture
def sessions(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'sweeps.db'}")
    create_schema(engine)
    yield session_factory(engine)
    engine.dispose()


def test_a_phone_swept_across_case_numbers_raises_one_masked_alarm(sessions):
    repo = CaseRepository(sessions, id_encryption_key=Fernet.generate_key().decode())
    repo.file_case(
        CaseInput(filing_key="a", issue_text="拖欠工资", phone="13812345678", conversation_id="owner"),
        now=NOW,
    )
    for i in range(30):
        repo.lookup_progress(
            f"XF20261127-{i + 2:04d}", "138 1234 5678", f"s{i}", now=NOW, client=f"10.0.0.{i}"
        )
    repo.lookup_progress("XF20261127-0001", "13812345678", "owner", now=NOW)  # an honest lookup
    alarms = sweep_alarms(sessions, now=NOW + timedelta(minutes=1))
    assert [(a.kind, a.shown, a.attempts, a.case_numbers) for a in alarms] == [
        ("phone", "138****5678", 30, 30)
    ]
    assert sweep_alarms(sessions, now=NOW + timedelta(hours=25)) == []  # a day later it is over


def test_one_address_trying_many_pairs_raises_an_alarm_but_a_few_mistakes_do_not(sessions):
    repo = CaseRepository(sessions, id_encryption_key=Fernet.generate_key().decode())
    for i in range(SWEEP_MIN_ATTEMPTS):
        repo.lookup_progress(f"XF20261127-{i + 2:04d}", f"139{i:08d}", f"s{i}", now=NOW, client="203.0.113.9")
    for _ in range(3):
        repo.lookup_progress("XF20261127-0001", "13700000000", "typo", now=NOW, client="198.51.100.1")
    alarms = sweep_alarms(sessions, now=NOW)
    assert [(a.kind, a.shown, a.attempts) for a in alarms] == [("client", "203.0.113.9", SWEEP_MIN_ATTEMPTS)]
