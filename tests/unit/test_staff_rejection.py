"""不予受理 only on the 条例's grounds (第19条第3款, 第36条第3款): the staff action refuses any other reason."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from cryptography.fernet import Fernet

from bot.cases import CaseInput, CaseRepository, create_schema, make_engine, session_factory
from bot.staff import case_actions
from bot.staff.rejection import rejection_problem
from bot.staff.roles import StaffUser

OFFICER = StaffUser(1, "li.officer", "李接访", "officer")
NOW = datetime(2026, 1, 6, 2, 0, tzinfo=timezone.utc)


@pytest.fixture
def filed(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'rejection.db'}")
    create_schema(engine)
    sessions = session_factory(engine)
    repo = CaseRepository(sessions, id_encryption_key=Fernet.generate_key().decode())
    case = repo.file_case(CaseInput(filing_key="c:1", issue_text="公司拖欠工资三个月"), now=NOW).case
    yield sessions, repo, case.case_number
    engine.dispose()


@pytest.mark.parametrize(
    "reason",
    [
        "属于民事纠纷，已告知向法院起诉",  # a statutory route is led into, not rejected (第31条)
        "重复信访",
        "已经法院终审判决（第31条）",
        "材料不全",
    ],
)
def test_other_reasons_are_refused_with_the_lawful_grounds(filed, reason):
    sessions, repo, number = filed
    with pytest.raises(ValueError, match="第19条第3款") as refused:
        case_actions.change_status(sessions, OFFICER, number, "不予受理", reason, now=NOW)
    assert "第36条第3款" in str(refused.value)
    assert repo.get_by_number(number).status == "待受理"


@pytest.mark.parametrize(
    "reason",
    [
        "县信访局已受理、正在办理，又向市里提出同一事项（第19条第3款）",
        "复核后仍以同一事实和理由信访，第36条第3款",
    ],
)
def test_the_regulations_grounds_are_accepted(filed, reason):
    sessions, repo, number = filed
    changed = case_actions.change_status(sessions, OFFICER, number, "不予受理", reason, now=NOW)
    assert changed.status == "不予受理" and changed.decision_reason == reason


def test_only_a_reason_naming_a_ground_passes():
    assert rejection_problem("第19条第3款") is None
    assert "第36条第3款" in rejection_problem(None)
