from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from bot.cases import CaseInput
from bot.staff import case_actions
from tests.staff_users import OFFICER

NOW = datetime(2026, 11, 27, 2, 30, tzinfo=timezone.utc)


def change(sessions, number, status, reason=None, **kwargs):
    """A status change goes through the one staff action, with its role check, history and audit."""
    return case_actions.change_status(sessions, OFFICER, number, status, reason, **kwargs)


@pytest.fixture
def case(repo):
    data = CaseInput(filing_key="s", issue_text="征收补偿标准不公", channel="rest", phone="13812345678")
    return repo.file_case(data, now=NOW).case


def test_filing_writes_the_first_history_row(repo, case):
    history = repo.status_history(case.case_number)
    assert len(history) == 1
    assert history[0].from_status is None and history[0].to_status == "待受理"
    assert history[0].actor == "system" and "rest" in history[0].note
    assert history[0].changed_at == NOW


def test_acceptance_sets_the_handling_deadline(sessions, repo, case):
    later = NOW + timedelta(days=3)
    updated = change(sessions, case.case_number, "已受理", "材料齐全，予以受理", now=later)
    assert updated.status == "已受理"
    assert updated.accepted_on == date(2026, 11, 30)
    assert updated.handling_deadline == date(2027, 1, 29)  # 第34条: 60 days
    assert updated.updated_at == later and updated.created_at == NOW
    assert repo.get_by_number(case.case_number).handling_deadline == date(2027, 1, 29)
    last = repo.status_history(case.case_number)[-1]
    assert (last.actor, last.from_status, last.to_status, last.note) == (
        "li.officer",
        "待受理",
        "已受理",
        "材料齐全，予以受理",
    )


def test_explicit_acceptance_date(sessions, case):
    updated = change(sessions, case.case_number, "已受理", accepted_on=date(2026, 12, 1), now=NOW)
    assert updated.handling_deadline == date(2027, 1, 30)


def test_other_status_changes_keep_deadlines(sessions, repo, case):
    updated = change(sessions, case.case_number, "已转送", "转区住建局", now=NOW)
    assert updated.status == "已转送" and updated.handling_deadline is None
    assert [h.to_status for h in repo.status_history(case.case_number)] == ["待受理", "已转送"]


def test_bad_status_or_case(sessions, repo, case):
    with pytest.raises(ValueError, match="unknown status"):
        change(sessions, case.case_number, "完成")
    with pytest.raises(LookupError):
        change(sessions, "XF20990101-0001", "已受理")
    assert repo.get_by_number(case.case_number).status == "待受理"
    assert len(repo.status_history(case.case_number)) == 1


def test_unknown_case_reads(repo):
    assert repo.get_by_number("XF20990101-0001") is None
    assert repo.status_history("XF20990101-0001") == []
    assert repo.reveal_id_number("XF20990101-0001") is None
