"""Staff accounts and login: creation, administration rights, throttling, locking and the audit trail."""

from __future__ import annotations

import json
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from bot.cases import create_schema, make_engine, session_factory
from bot.staff import accounts, passwords
from bot.staff.accounts import (
    create_account,
    get_account,
    list_accounts,
    set_active,
    set_password,
    set_role,
    unlock,
)
from bot.staff.login import (
    IP_MAX_FAILURES,
    LOCK_AFTER_FAILURES,
    MAX_DELAY_S,
    MSG_BAD_LOGIN,
    MSG_IP_BLOCKED,
    MSG_LOCKED,
    authenticate,
    login_delay,
    unknown_name,
)
from bot.staff.models import AuditEntry, LoginAttempt, StaffAccount
from bot.staff.roles import StaffUser

NOW = datetime(2026, 11, 27, 2, 0, tzinfo=timezone.utc)
PW = "Xinfang-Desk-07"
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


def audit_rows(sessions, action=None):
    with sessions() as s:
        query = select(AuditEntry).order_by(AuditEntry.id)
        if action:
            query = query.where(AuditEntry.action == action)
        return list(s.execute(query).scalars())


def account_row(sessions, username):
    with sessions() as s:
        return s.execute(select(StaffAccount).where(StaffAccount.username == username)).scalar_one()


# --- administration ---------------------------------------------------------------------------------


def test_create_and_list(sessions):
    user = create_account(sessions, "Wang.XM", PW, "officer", display_name="王小明", now=NOW)
    create_account(sessions, "ａｄｍｉｎ１", "Admin-Desk-2026", "admin", now=NOW)
    assert user == StaffUser(id=user.id, username="wang.xm", display_name="王小明", role="officer")
    views = list_accounts(sessions)
    assert [v.username for v in views] == ["admin1", "wang.xm"]
    assert views[0].display_name == "admin1" and views[0].role_label == "管理员"
    assert views[1].active and views[1].created_at == NOW and views[1].last_login_at is None
    assert account_row(sessions, "wang.xm").password_hash.startswith("$argon2id$")
    created = audit_rows(sessions, "account.create")
    assert [r.actor for r in created] == ["cli", "cli"]
    assert json.loads(created[0].after) == {
        "username": "wang.xm", "display_name": "王小明", "role": "officer", "active": True,
    }  # fmt: skip
    assert PW not in created[0].after and "argon2" not in (created[0].after or "")
    assert get_account(sessions, "WANG.xm").display_name == "王小明"
    assert get_account(sessions, "nobody") is None


@pytest.mark.parametrize(
    ("username", "password", "role", "message"),
    [
        ("wang", "short1!", "officer", "至少10个字符"),
        ("wang", "wang-2026-desk", "officer", "用户名"),
        ("王小明", PW, "officer", "用户名需为"),
        ("wang", PW, "boss", "角色必须是"),
        ("wang", "Password123!", "viewer", "太常见"),
    ],
)
def test_create_refuses_bad_input(sessions, username, password, role, message):
    with pytest.raises(ValueError, match=message):
        create_account(sessions, username, password, role)
    assert list_accounts(sessions) == [] and audit_rows(sessions) == []


def test_duplicate_name_even_in_another_case_or_width(sessions):
    create_account(sessions, "wang", PW, "officer")
    for name in ("wang", "WANG", "ｗａｎｇ"):
        with pytest.raises(ValueError, match="已经存在"):
            create_account(sessions, name, "Other-Desk-2026", "viewer")
    assert len(list_accounts(sessions)) == 1


def test_only_admins_or_the_cli_manage_accounts(sessions):
    admin = create_account(sessions, "boss", "Admin-Desk-2026", "admin")
    officer = create_account(sessions, "wang", PW, "officer")
    viewer = create_account(sessions, "li", PW, "viewer", actor=admin)
    for actor in (officer, viewer, "web", ""):
        with pytest.raises(PermissionError):
            create_account(sessions, "zhao", PW, "viewer", actor=actor)
        with pytest.raises(PermissionError):
            set_active(sessions, actor, "li", False)
        with pytest.raises(PermissionError):
            set_password(sessions, actor, "li", "New-Desk-2027")
    assert audit_rows(sessions, "account.create")[-1].actor == "boss"
    assert get_account(sessions, "li").active


def test_admin_cannot_disable_self_or_remove_the_last_admin(sessions):
    admin = create_account(sessions, "boss", "Admin-Desk-2026", "admin")
    with pytest.raises(ValueError, match="自己"):
        set_active(sessions, admin, "boss", False)
    with pytest.raises(ValueError, match="管理员"):
        set_role(sessions, admin, "boss", "viewer")
    second = create_account(sessions, "boss2", "Admin-Desk-2027", "admin")
    assert set_role(sessions, second, "boss", "viewer").role == "viewer"
    assert set_active(sessions, "cli", "boss2", False).active is False  # the operator may
    before_after = [
        (json.loads(r.before), json.loads(r.after)) for r in audit_rows(sessions, "account.update")
    ]
    assert before_after == [({"role": "admin"}, {"role": "viewer"})]


def test_unknown_account_changes_say_so(sessions):
    for call in (
        lambda: set_active(sessions, "cli", "ghost", False),
        lambda: unlock(sessions, "cli", "ghost"),
        lambda: set_role(sessions, "cli", "ghost", "viewer"),
        lambda: set_password(sessions, "cli", "ghost", "New-Desk-2027"),
    ):
        with pytest.raises(ValueError, match="没有这个账号：ghost"):
            call()


def test_set_password_checks_strength_and_audits_without_the_secret(sessions):
    create_account(sessions, "wang", PW, "officer")
    with pytest.raises(ValueError, match="用户名"):
        set_password(sessions, "cli", "wang", "wang123456!")
    set_password(sessions, "cli", "wang", "新密码-Desk-2027")
    assert authenticate(sessions, "wang", "新密码-Desk-2027", now=NOW).ok
    assert not authenticate(sessions, "wang", PW, now=NOW).ok
    (row,) = audit_rows(sessions, "account.password")
    assert "Desk" not in row.after and "argon2" not in row.after and row.target_id == "wang"


# --- login ------------------------------------------------------------------------------------------


def test_login_success_updates_account_and_audit(sessions):
    create_account(sessions, "wang", PW, "officer", display_name="王小明")
    result = authenticate(sessions, " WANG ", PW, ip="10.0.0.8", now=NOW)
    assert result.ok and result.delay_s == 0 and result.user.display_name == "王小明"
    assert account_row(sessions, "wang").last_login_at == NOW
    (row,) = audit_rows(sessions, "login.success")
    assert (row.actor, row.target_id, row.ip) == ("WANG", "wang", "10.0.0.8")
    assert json.loads(row.after)["failed_logins"] == 0
    with sessions() as s:
        attempts = s.execute(select(LoginAttempt)).scalars().all()
    assert [(a.username, a.success) for a in attempts] == [("wang", True)]


def test_unknown_name_and_wrong_password_look_the_same(sessions):
    create_account(sessions, "wang", PW, "officer")
    wrong = authenticate(sessions, "wang", "Xinfang-Desk-08", now=NOW)
    unknown = authenticate(sessions, "wangg", PW, now=NOW)
    empty = authenticate(sessions, "", "", now=NOW)
    assert wrong.message == unknown.message == empty.message == MSG_BAD_LOGIN == "用户名或密码不正确"
    assert wrong.delay_s == unknown.delay_s == empty.delay_s == 0.5
    assert not wrong.ok and wrong.user is None and unknown.user is None
    reasons = [(r.actor, r.reason) for r in audit_rows(sessions, "login.failure")]
    assert reasons == [
        ("wang", "密码错误"),
        (unknown_name("wangg"), "未知用户名"),
        (unknown_name("(未填写)"), "未知用户名"),
    ]


def test_a_password_typed_into_the_name_field_never_reaches_the_audit_log(sessions):
    create_account(sessions, "wang", PW, "officer")
    authenticate(sessions, PW, PW, now=NOW)  # the officer typed the password in both fields
    rows = audit_rows(sessions, "login.failure")
    assert rows and all(PW not in f"{r.actor}{r.target_id}{r.reason}" for r in rows)
    assert rows[-1].actor.startswith("未知用户名#")


def test_delays_grow_and_cap():
    assert [login_delay(n) for n in range(0, 8)] == [0, 0.5, 1, 2, 4, 8, 8, 8]
    assert login_delay(100) == MAX_DELAY_S == 8.0


def test_lock_after_five_failures_then_unlock_after_fifteen_minutes(sessions):
    create_account(sessions, "wang", PW, "officer")
    results = [
        authenticate(sessions, "wang", f"Wrong-pass-{i}", now=NOW + timedelta(seconds=i)) for i in range(5)
    ]
    assert [r.delay_s for r in results] == [0.5, 1, 2, 4, 8]
    assert [r.message for r in results[:4]] == [MSG_BAD_LOGIN] * 4
    assert results[4].message == MSG_LOCKED and "15分钟" in MSG_LOCKED
    assert account_row(sessions, "wang").locked_until == NOW + timedelta(seconds=4, minutes=15)
    during = authenticate(sessions, "wang", PW, now=NOW + timedelta(minutes=10))
    assert not during.ok and during.message == MSG_LOCKED and during.delay_s == MAX_DELAY_S
    after = authenticate(sessions, "wang", PW, now=NOW + timedelta(minutes=15, seconds=5))
    assert after.ok and after.delay_s == 0
    row = account_row(sessions, "wang")
    assert row.failed_logins == 0 and row.locked_until is None
    locked = audit_rows(sessions, "login.locked")
    assert [r.reason for r in locked] == ["密码错误", "账号锁定中"]
    assert json.loads(locked[0].after)["failed_logins"] == LOCK_AFTER_FAILURES


def test_guesses_from_one_address_do_not_lock_the_owner_out(sessions):
    create_account(sessions, "wang", PW, "officer")
    for i in range(LOCK_AFTER_FAILURES):
        authenticate(sessions, "wang", f"Wrong-pass-{i}", ip="203.0.113.9", now=NOW + timedelta(seconds=i))
    held = authenticate(sessions, "wang", PW, ip="203.0.113.9", now=NOW + timedelta(minutes=1))
    assert not held.ok and held.message == MSG_LOCKED  # the guesser's address stays locked, right or wrong
    owner = authenticate(sessions, "wang", PW, ip="198.51.100.7", now=NOW + timedelta(minutes=2))
    assert owner.ok


def test_a_new_address_gets_one_guess_while_the_account_is_locked(sessions):
    create_account(sessions, "wang", PW, "officer")
    for i in range(LOCK_AFTER_FAILURES):
        authenticate(sessions, "wang", f"Wrong-pass-{i}", ip="203.0.113.9", now=NOW)
    first = authenticate(sessions, "wang", "Wrong-pass-x", ip="192.0.2.50", now=NOW + timedelta(seconds=5))
    assert first.message == MSG_LOCKED
    again = authenticate(sessions, "wang", PW, ip="192.0.2.50", now=NOW + timedelta(seconds=6))
    assert not again.ok and again.message == MSG_LOCKED
    assert authenticate(sessions, "wang", PW, ip="198.51.100.7", now=NOW + timedelta(seconds=7)).ok


def test_a_success_resets_the_count(sessions):
    create_account(sessions, "wang", PW, "officer")
    for i in range(4):
        authenticate(sessions, "wang", f"Wrong-pass-{i}", now=NOW)
    assert authenticate(sessions, "wang", PW, now=NOW).ok
    assert authenticate(sessions, "wang", "Wrong-pass-x", now=NOW).message == MSG_BAD_LOGIN


def test_after_an_expired_lock_failures_count_from_zero(sessions):
    create_account(sessions, "wang", PW, "officer")
    for _ in range(5):
        authenticate(sessions, "wang", "Wrong-pass-1", now=NOW)
    later = authenticate(sessions, "wang", "Wrong-pass-1", now=NOW + timedelta(minutes=16))
    assert later.message == MSG_BAD_LOGIN and later.delay_s == 0.5


def test_admin_unlock(sessions):
    create_account(sessions, "wang", PW, "officer")
    for _ in range(5):
        authenticate(sessions, "wang", "Wrong-pass-1", now=NOW)
    view = unlock(sessions, "cli", "wang", now=NOW)
    assert not view.is_locked(NOW)
    assert authenticate(sessions, "wang", PW, now=NOW + timedelta(seconds=1)).ok
    (row,) = audit_rows(sessions, "account.unlock")
    assert json.loads(row.before)["failed_logins"] == 5 and json.loads(row.after)["locked_until"] is None


def test_unknown_names_also_lock_so_names_cannot_be_probed(sessions):
    results = [authenticate(sessions, "ghost", "Wrong-pass-1", now=NOW) for _ in range(6)]
    assert [r.message for r in results] == [MSG_BAD_LOGIN] * 4 + [MSG_LOCKED] * 2
    assert results[-1].delay_s == MAX_DELAY_S


def test_ip_refused_after_twenty_failures(sessions):
    create_account(sessions, "wang", PW, "officer")
    for i in range(IP_MAX_FAILURES):
        authenticate(sessions, f"guess{i}", "Wrong-pass-1", ip="203.0.113.9", now=NOW)
    refused = authenticate(sessions, "wang", PW, ip="203.0.113.9", now=NOW + timedelta(minutes=1))
    assert not refused.ok and refused.message == MSG_IP_BLOCKED and refused.delay_s == MAX_DELAY_S
    other_ip = authenticate(sessions, "wang", PW, ip="198.51.100.1", now=NOW + timedelta(minutes=1))
    assert other_ip.ok
    assert authenticate(sessions, "wang", PW, ip="203.0.113.9", now=NOW + timedelta(minutes=17)).ok
    (row,) = audit_rows(sessions, "login.locked")
    assert (row.target_type, row.target_id, row.actor) == ("ip", "203.0.113.9", "wang")


def test_disabled_account_gets_the_generic_message(sessions):
    create_account(sessions, "wang", PW, "officer")
    set_active(sessions, "cli", "wang", False)
    result = authenticate(sessions, "wang", PW, now=NOW)
    assert not result.ok and result.message == MSG_BAD_LOGIN
    assert audit_rows(sessions, "login.failure")[-1].reason == "账号已停用"
    set_active(sessions, "cli", "wang", True)
    assert authenticate(sessions, "wang", PW, now=NOW).ok
    (disabled,) = audit_rows(sessions, "account.disable")
    (enabled,) = audit_rows(sessions, "account.enable")
    assert json.loads(disabled.after) == {"active": False, "sessions_ended": 0}
    assert json.loads(enabled.before) == {"active": False}


def test_weak_old_hash_is_upgraded_on_login(sessions, monkeypatch):
    create_account(sessions, "wang", PW, "officer")
    old = account_row(sessions, "wang").password_hash
    stronger = PasswordHasher(time_cost=2, memory_cost=2048, parallelism=1)
    monkeypatch.setattr(passwords, "_hasher", lambda: stronger)
    assert authenticate(sessions, "wang", PW, now=NOW).ok
    new = account_row(sessions, "wang").password_hash
    assert new != old and "t=2" in new and "m=2048" in new
    assert json.loads(audit_rows(sessions, "login.success")[0].after)["rehashed"] is True
    assert authenticate(sessions, "wang", PW, now=NOW).ok


def test_long_and_odd_input_is_recorded_safely(sessions):
    typed = "<script>alert(1)</script>😀" * 10
    result = authenticate(sessions, typed, "x" * 10_000, ip="::1" * 40, now=NOW)
    assert result.message == MSG_BAD_LOGIN
    (row,) = audit_rows(sessions, "login.failure")
    assert len(row.actor) <= 64 and len(row.ip) <= 64


def test_concurrent_failures_all_count(sessions):
    create_account(sessions, "wang", PW, "officer")
    barrier = threading.Barrier(6)

    def attempt(i: int):
        barrier.wait()
        return authenticate(sessions, "wang", f"Wrong-pass-{i}", now=NOW)

    with ThreadPoolExecutor(6) as pool:
        results = list(pool.map(attempt, range(6)))
    assert account_row(sessions, "wang").failed_logins == LOCK_AFTER_FAILURES
    assert sorted(r.message for r in results).count(MSG_LOCKED) == 2  # the 5th locks, the 6th meets the lock
    assert authenticate(sessions, "wang", PW, now=NOW).message == MSG_LOCKED


# --- PostgreSQL -------------------------------------------------------------------------------------


@pytest.fixture
def pg_sessions(postgres_url):
    schema = f"staff_test_{uuid.uuid4().hex[:10]}"
    admin = make_engine(postgres_url)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    engine = make_engine(postgres_url, connect_args={"options": f"-csearch_path={schema}"})
    create_schema(engine)
    yield session_factory(engine)
    engine.dispose()
    with admin.begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
    admin.dispose()


def test_accounts_and_lock_on_postgres(pg_sessions):
    create_account(pg_sessions, "wang", PW, "officer", display_name="王小明", now=NOW)
    for _ in range(5):
        authenticate(pg_sessions, "wang", "Wrong-pass-1", ip="10.0.0.1", now=NOW)
    assert authenticate(pg_sessions, "wang", PW, now=NOW).message == MSG_LOCKED
    unlock(pg_sessions, "cli", "wang")
    ok = authenticate(pg_sessions, "wang", PW, now=NOW)
    assert ok.ok and ok.user.display_name == "王小明"
    assert accounts.get_account(pg_sessions, "wang").last_login_at == NOW
    assert len(audit_rows(pg_sessions, "login.failure")) == 4
