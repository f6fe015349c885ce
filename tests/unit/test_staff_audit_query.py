"""Reading the audit log: filters, paging, newest first, JSON before/after as dicts."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from bot.cases import create_schema, make_engine, session_factory
from bot.staff.audit import record
from bot.staff.audit_query import AuditPage, list_audit, parse_values
from bot.staff.models import AuditEntry

T0 = datetime(2026, 11, 27, 1, 0, tzinfo=timezone.utc)


@pytest.fixture
def sessions(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'audit.db'}")
    create_schema(engine)
    factory = session_factory(engine)
    entries = [
        ("wang", "login.success", "account", "wang", None, {"failed_logins": 0}, None),
        ("wang", "case.view", "case", "XF20261127-0001", None, None, None),
        (
            "wang",
            "case.status",
            "case",
            "XF20261127-0001",
            {"status": "待受理"},
            {"status": "已受理"},
            "材料齐全",
        ),
        ("li", "case.reveal_phone", "case", "XF20261127-0002", None, None, "回访核实"),
        ("boss", "account.disable", "account", "li", {"active": True}, {"active": False}, None),
        ("ghost", "login.failure", "account", "ghost", None, None, "未知用户名"),
    ]
    with factory.begin() as session:
        for minutes, (actor, action, ttype, tid, before, after, reason) in enumerate(entries):
            record(session, actor=actor, action=action, target_type=ttype, target_id=tid, before=before,
                   after=after, reason=reason, ip="10.0.0.5", now=T0 + timedelta(minutes=minutes))  # fmt: skip
    yield factory
    engine.dispose()


def test_newest_first_with_parsed_values(sessions):
    page = list_audit(sessions)
    assert isinstance(page, AuditPage) and page.total == 6 and page.pages == 1
    assert [v.action for v in page.items][:2] == ["login.failure", "account.disable"]
    status = next(v for v in page.items if v.action == "case.status")
    assert status.before == {"status": "待受理"} and status.after == {"status": "已受理"}
    assert status.reason == "材料齐全" and status.ip == "10.0.0.5" and status.at == T0 + timedelta(minutes=2)
    view = next(v for v in page.items if v.action == "case.view")
    assert view.before is None and view.after is None


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"actor": "wang"}, ["case.status", "case.view", "login.success"]),
        ({"action": "case.reveal_phone"}, ["case.reveal_phone"]),
        ({"action": "login."}, ["login.failure", "login.success"]),
        ({"action": "login"}, []),
        ({"target_type": "case", "target_id": "XF20261127-0001"}, ["case.status", "case.view"]),
        ({"target_type": "account", "actor": "boss"}, ["account.disable"]),
        ({"since": T0 + timedelta(minutes=4)}, ["login.failure", "account.disable"]),
        ({"until": T0 + timedelta(minutes=1)}, ["login.success"]),
        ({"actor": "王小明"}, []),
        ({"action": "%"}, []),
    ],
)
def test_filters(sessions, filters, expected):
    page = list_audit(sessions, **filters)
    assert [v.action for v in page.items] == expected and page.total == len(expected)


def test_paging(sessions):
    pages = [list_audit(sessions, page=n, per_page=4) for n in (1, 2, 3)]
    assert [len(p.items) for p in pages] == [4, 2, 0]
    assert all(p.total == 6 and p.pages == 2 for p in pages)
    seen = [v.action for p in pages for v in p.items]
    assert len(seen) == 6 and seen[0] == "login.failure" and seen[-1] == "login.success"
    assert len(list_audit(sessions, page=0, per_page=0).items) == 1  # clamped, not an error


def test_same_second_entries_keep_insertion_order_reversed(sessions):
    with sessions.begin() as session:
        for n in range(3):
            record(session, actor="wang", action="case.note", target_type="case", target_id=str(n), now=T0)
    items = list_audit(sessions, action="case.note").items
    assert [v.target_id for v in items] == ["2", "1", "0"]


def test_odd_stored_json_still_gives_dicts(sessions):
    with sessions.begin() as session:
        session.add(
            AuditEntry(at=T0, actor="x", action="odd", target_type="t", before="[1, 2]", after="{broken")
        )
    (view,) = list_audit(sessions, action="odd").items
    assert view.before == {"value": [1, 2]} and view.after == {"raw": "{broken"}
    assert parse_values(None) is None and parse_values('"文本"') == {"value": "文本"}
