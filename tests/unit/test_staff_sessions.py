"""Staff sessions: hashed tokens, stable CSRF tokens, idle and absolute expiry, ending sessions."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta, timezone

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from bot.cases import create_schema, make_engine, session_factory
from bot.staff import passwords
from bot.staff.accounts import create_account, set_active, set_password, set_role
from bot.staff.models import AuditEntry, LoginAttempt, StaffSession
from bot.staff.sessions import (
    ABSOLUTE_TIMEOUT,
    IDLE_TIMEOUT,
    SESSION_COOKIE,
    create_session,
    end_session,
    load_session,
)

NOW = datetime(2026, 11, 27, 1, 0, tzinfo=timezone.utc)
CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(autouse=True)
def cheap_hashing(monkeypatch):
    monkeypatch.setattr(passwords, "_hasher", lambda: CHEAP)


@pytest.fixture
def sessions(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'staff.db'}")
    create_schema(engine)
    yield session_factory(engine)
    engine.dispose()


@pytest.fixture
def wang(sessions):
    return create_account(sessions, "wang", "Xinfang-Desk-07", "officer", display_name="王小明")


def rows(sessions):
    with sessions() as s:
        return list(s.execute(select(StaffSession).order_by(StaffSession.id)).scalars())


def test_cookie_name():
    assert SESSION_COOKIE == "staff_session"


def test_token_is_stored_only_as_sha256(sessions, wang):
    new = create_session(sessions, wang, ip="10.1.2.3", user_agent="Mozilla/5.0 微信", now=NOW)
    assert len(new.token) >= 43 and len(new.csrf_token) >= 43 and new.token != new.csrf_token
    assert new.expires_at == NOW + ABSOLUTE_TIMEOUT == NOW + timedelta(hours=12)
    (row,) = rows(sessions)
    assert row.token_hash == hashlib.sha256(new.token.encode()).hexdigest()
    assert new.token not in (row.token_hash, row.csrf_token)
    assert (row.ip, row.user_agent) == ("10.1.2.3", "Mozilla/5.0 微信")


def test_load_gives_user_and_stable_csrf_token(sessions, wang):
    new = create_session(sessions, wang, now=NOW)
    seen = [load_session(sessions, new.token, now=NOW + timedelta(minutes=m)) for m in (0, 5, 50, 165)]
    assert all(info is not None for info in seen)
    assert {info.csrf_token for info in seen} == {new.csrf_token}
    assert seen[0].user == wang and seen[0].user.display_name == "王小明"
    assert seen[0].expires_at == new.expires_at


def test_two_sessions_are_independent(sessions, wang):
    first, second = create_session(sessions, wang, now=NOW), create_session(sessions, wang, now=NOW)
    assert first.token != second.token and first.csrf_token != second.csrf_token
    assert end_session(sessions, first.token, ip="10.0.0.2", now=NOW)
    assert load_session(sessions, first.token, now=NOW) is None
    assert load_session(sessions, second.token, now=NOW).csrf_token == second.csrf_token
    with sessions() as s:
        (row,) = s.execute(select(AuditEntry).where(AuditEntry.action == "logout")).scalars()
    assert (row.actor, row.target_id, row.ip) == ("wang", "wang", "10.0.0.2")
    assert end_session(sessions, first.token) is False


@pytest.mark.parametrize("token", [None, "", "garbage", "x" * 5000, "<script>", "令牌"])
def test_unknown_tokens(sessions, wang, token):
    create_session(sessions, wang, now=NOW)
    assert load_session(sessions, token, now=NOW) is None
    assert end_session(sessions, token) is False


def test_idle_timeout_and_expired_row_is_deleted(sessions, wang):
    new = create_session(sessions, wang, now=NOW)
    assert load_session(sessions, new.token, now=NOW + IDLE_TIMEOUT - timedelta(seconds=1)) is not None
    assert load_session(sessions, new.token, now=NOW + 2 * IDLE_TIMEOUT) is None
    assert rows(sessions) == []


def test_last_seen_refreshed_at_most_once_a_minute(sessions, wang):
    new = create_session(sessions, wang, now=NOW)
    load_session(sessions, new.token, now=NOW + timedelta(seconds=30))
    assert rows(sessions)[0].last_seen_at == NOW
    load_session(sessions, new.token, now=NOW + timedelta(seconds=90))
    assert rows(sessions)[0].last_seen_at == NOW + timedelta(seconds=90)
    # idle is measured from the last refresh, not from the start
    later = NOW + timedelta(seconds=90) + IDLE_TIMEOUT - timedelta(seconds=5)
    assert load_session(sessions, new.token, now=later) is not None


def test_absolute_timeout_even_when_active(sessions, wang):
    new = create_session(sessions, wang, now=NOW)
    moment = NOW
    while moment < NOW + ABSOLUTE_TIMEOUT - timedelta(hours=1):
        moment += timedelta(hours=1)
        assert load_session(sessions, new.token, now=moment) is not None
    assert load_session(sessions, new.token, now=NOW + ABSOLUTE_TIMEOUT) is None
    assert rows(sessions) == []


def test_disabling_an_account_kills_its_sessions(sessions, wang):
    other = create_account(sessions, "li", "Xinfang-Desk-08", "viewer")
    mine = [create_session(sessions, wang, now=NOW) for _ in range(2)]
    theirs = create_session(sessions, other, now=NOW)
    view = set_active(sessions, "cli", "wang", False)
    assert not view.active
    assert all(load_session(sessions, s.token, now=NOW) is None for s in mine)
    assert load_session(sessions, theirs.token, now=NOW) is not None
    with sessions() as s:
        row = s.execute(select(AuditEntry).where(AuditEntry.action == "account.disable")).scalar_one()
    assert json.loads(row.before) == {"active": True}
    assert json.loads(row.after) == {"active": False, "sessions_ended": 2}


def test_inactive_account_session_is_refused_even_if_a_row_survives(sessions, wang):
    new = create_session(sessions, wang, now=NOW)
    with sessions.begin() as s:  # disabled behind our back, e.g. directly in SQL
        from bot.staff.models import StaffAccount

        s.execute(select(StaffAccount)).scalar_one().active = False
    assert load_session(sessions, new.token, now=NOW) is None
    assert rows(sessions) == []


def test_password_change_kills_sessions(sessions, wang):
    new = create_session(sessions, wang, now=NOW)
    set_password(sessions, "cli", "wang", "Brand-New-Desk-9")
    assert load_session(sessions, new.token, now=NOW) is None


def test_role_change_shows_on_next_request(sessions, wang):
    new = create_session(sessions, wang, now=NOW)
    set_role(sessions, "cli", "wang", "viewer")
    info = load_session(sessions, new.token, now=NOW)
    assert info.user.role == "viewer" and not info.user.can_update


def test_creating_a_session_clears_old_rows(sessions, wang):
    stale = create_session(sessions, wang, now=NOW)
    with sessions.begin() as s:
        s.add(LoginAttempt(username="wang", ip=None, attempted_at=NOW - timedelta(days=40), success=False))
    create_session(sessions, wang, now=NOW + timedelta(hours=13))
    assert len(rows(sessions)) == 1
    assert load_session(sessions, stale.token, now=NOW + timedelta(hours=13)) is None
    with sessions() as s:
        assert s.execute(select(LoginAttempt)).scalars().all() == []
