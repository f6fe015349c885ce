"""Filing floods: staff see them and strike the pending cases off in bulk with a reason (issue 16, item 6)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import select

from bot.cases import CaseInput, CaseRepository, create_schema, make_engine, session_factory
from bot.staff.floods import filing_floods, void_cases
from bot.staff.models import AuditEntry
from bot.staff.rejection import rejection_problem
from bot.staff.roles import StaffUser

NOW = datetime(2026, 11, 27, 2, 30, tzinfo=timezone.utc)
OFFICER = StaffUser(1, "li.officer", "李接访", "officer")
VIEWER = StaffUser(3, "zhao.viewer", "赵只读", "viewer")


@pytest.fixture
def sessions(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'floods.db'}")
    create_schema(engine)
    yield session_factory(engine)
    engine.dispose()


@pytest.fixture
def flooded(sessions):
    repo = CaseRepository(sessions, id_encryption_key=Fernet.generate_key().decode())
    for i in range(8):  # staff-side filing is not limited, so the flood can be laid down directly
        data = CaseInput(
            filing_key=f"f{i}", issue_text="垃圾内容", client="203.0.113.9", phone=f"1390000{i:04d}"
        )
        repo.file_case(data, now=NOW + timedelta(seconds=i), limited=False)
    honest = CaseInput(filing_key="h", issue_text="拖欠工资", client="198.51.100.1", phone="13812345678")
    repo.file_case(honest, now=NOW)
    return repo


def test_a_flood_from_one_address_is_listed_with_its_pending_cases(sessions, flooded):
    (flood,) = filing_floods(sessions, now=NOW + timedelta(minutes=5))
    assert (flood.kind, flood.shown, flood.cases) == ("client", "203.0.113.9", 8)
    assert flood.pending[0] == "XF20261127-0001" and len(flood.pending) == 8
    assert filing_floods(sessions, now=NOW + timedelta(days=2)) == []


def test_bulk_void_strikes_off_only_pending_cases_with_history_and_audit(sessions, flooded):
    (flood,) = filing_floods(sessions, now=NOW)
    changed = void_cases(
        sessions, OFFICER, [*flood.pending, "XF20990101-0001"], "同一来源短时间内批量提交，内容重复"
    )
    assert changed == list(flood.pending)
    case = flooded.get_by_number("XF20261127-0003")
    assert case.status == "登记作废" and case.decision_reason == "同一来源短时间内批量提交，内容重复"
    assert flooded.get_by_number("XF20261127-0009").status == "待受理"  # the honest case stays
    with sessions() as session:
        audited = (
            session.execute(select(AuditEntry).where(AuditEntry.action == "case.status")).scalars().all()
        )
    assert len(audited) == 8
    assert void_cases(sessions, OFFICER, list(flood.pending), "再来一次") == []  # already struck off
    assert filing_floods(sessions, now=NOW)[0].pending == ()


def test_bulk_void_needs_a_reason_and_the_right_to_change_cases(sessions, flooded):
    (flood,) = filing_floods(sessions, now=NOW)
    with pytest.raises(ValueError, match="理由"):
        void_cases(sessions, OFFICER, list(flood.pending), "  ")
    with pytest.raises(PermissionError):
        void_cases(sessions, VIEWER, list(flood.pending), "恶意提交")


def test_the_void_reasons_claim_no_rejection_ground():
    from bot.staff.floods import VOID_REASONS

    # 登记作废 is not 不予受理: its reasons must not pass for one of the 条例's grounds
    assert all(rejection_problem(reason) for reason in VOID_REASONS)
