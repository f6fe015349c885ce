"""The citizen's 通讯地址 on the case: stored as written, 未提供 = not given, added to older databases
(SQLite and PostgreSQL) without touching their rows, and read by the 第23条 notice rule."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from bot.cases import CaseInput, CaseRepository, make_engine
from bot.cases.from_slots import case_input_from_slots
from bot.domain.knowledge import has_notice_address
from tests.migrations import check_address_column_added

NOW = datetime(2026, 11, 27, 2, 30, tzinfo=timezone.utc)
ADDRESS = "湖南省长沙市岳麓区望月湖街道12栋3单元502"


def _file(repo: CaseRepository, key: str, **fields) -> object:
    return repo.file_case(
        CaseInput(filing_key=key, issue_text="村里的路坏了三年没人修", **fields), now=NOW
    ).case


def test_address_is_stored_as_written_and_read_back(repo):
    filed = _file(repo, "a:1", petitioner_name="王秀英", address=f"  {ADDRESS}\n")
    assert repo.get_by_number(filed.case_number).address == ADDRESS


@pytest.mark.parametrize("given", [None, "", "   ", "未提供"])
def test_skipped_address_is_empty(repo, given):
    assert _file(repo, f"a:{given!r}", address=given).address is None


def test_address_stays_out_of_the_record_repr(repo):
    assert "望月湖" not in repr(_file(repo, "a:repr", address=ADDRESS))


def test_notice_needs_both_name_and_address(repo):
    both = _file(repo, "n:1", petitioner_name="王秀英", address=ADDRESS)
    name_only = _file(repo, "n:2", petitioner_name="王秀英")
    address_only = _file(repo, "n:3", address=ADDRESS)
    skipped = _file(repo, "n:4", petitioner_name="王秀英", address="未提供")
    assert has_notice_address(both)
    assert not has_notice_address(name_only)
    assert not has_notice_address(address_only)
    assert not has_notice_address(skipped)


def test_slots_map_the_address_slot():
    slots = {"issue_text": "路坏了", "intake_id": "7", "petitioner_name": "王秀英", "address": ADDRESS}
    assert case_input_from_slots(slots, "c1", "web", "petition").address == ADDRESS
    skipped = case_input_from_slots({**slots, "address": "未提供"}, "c1", "web", "petition")
    assert skipped.address == "未提供"  # the store turns it into empty, like the other optional slots
    assert case_input_from_slots({"issue_text": "x"}, "c1", "web", "petition").address is None


def test_old_sqlite_database_gains_the_address_column(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    try:
        check_address_column_added(engine)
    finally:
        engine.dispose()
