"""Staff login: password check, throttling and locking, each attempt recorded and audited.

A lock holds only against the addresses that guessed: anyone who knows a username could otherwise keep its
owner out, five tries at a time. The owner, from an address without failures, may still log in (a success
ends the lock); one guess from a new address while locked locks that address out too.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.cases.numbers import ensure_aware, utc_now
from bot.staff.accounts import find_account
from bot.staff.audit import record
from bot.staff.models import LoginAttempt
from bot.staff.passwords import hash_password, needs_rehash, normalize_username, verify_dummy, verify_password
from bot.staff.roles import StaffUser
from bot.staff.sessions import user_of

LOCK_AFTER_FAILURES = 5  # consecutive failures of one account
LOCK_DURATION = timedelta(minutes=15)
IP_MAX_FAILURES = 20  # failures from one IP inside IP_WINDOW refuse that IP
IP_WINDOW = timedelta(minutes=15)
BASE_DELAY_S = 0.5  # delay after n failures: BASE × 2^(n-1), capped
MAX_DELAY_S = 8.0

MSG_BAD_LOGIN = "用户名或密码不正确"
MSG_LOCKED = "尝试次数过多，账号已临时锁定，请15分钟后再试或联系管理员"
MSG_IP_BLOCKED = "这个网络的登录失败次数过多，请15分钟后再试或联系管理员"
MSG_OK = "登录成功"


@dataclass(frozen=True)
class LoginResult:
    ok: bool
    user: StaffUser | None
    delay_s: float  # the web layer sleeps this long before answering
    message: str


def login_delay(failures: int) -> float:
    return 0.0 if failures <= 0 else min(MAX_DELAY_S, BASE_DELAY_S * 2 ** (failures - 1))


def _recent_failures(session: Session, now: datetime, window: timedelta, **match) -> int:
    query = (
        select(func.count())
        .select_from(LoginAttempt)
        .where(LoginAttempt.success.is_(False), LoginAttempt.attempted_at > now - window)
    )
    for column, value in match.items():
        query = query.where(getattr(LoginAttempt, column) == value)
    return session.execute(query).scalar_one()


def unknown_name(typed: str) -> str:
    """How the audit log shows a name that is no account: a short fingerprint, so repeats can be told apart."""
    return "未知用户名#" + hashlib.sha256(typed.encode("utf-8")).hexdigest()[:6]


def authenticate(
    sessions: sessionmaker,
    username: str,
    password: str,
    *,
    ip: str | None = None,
    now: datetime | None = None,
) -> LoginResult:
    """Check a login; every attempt is recorded and audited. Unknown names and wrong passwords look alike.

    The password is checked outside any transaction (argon2 takes a while); the decision is taken
    again on the locked account row, so concurrent attempts count correctly.
    """
    now = ensure_aware(now or utc_now())
    typed = (username or "").strip()[:64] or "(未填写)"
    name = normalize_username(username)[:64]
    ip = (ip or None) and ip[:64]
    with sessions() as session:
        ip_failures = _recent_failures(session, now, IP_WINDOW, ip=ip) if ip else 0
        account = find_account(session, name) if name else None
        seen_hash = account.password_hash if account else None
        # no address known: every attempt counts as the guesser's
        guessed_here = _recent_failures(session, now, LOCK_DURATION, username=name, ip=ip) > 0 if ip else True
        locked = (
            account is not None
            and account.locked_until is not None
            and account.locked_until > now
            and guessed_here
        )
    if ip_failures >= IP_MAX_FAILURES:
        password_ok, new_hash = False, None
    elif seen_hash is None or locked:
        password_ok, new_hash = verify_dummy(password), None  # same time as a real check
    else:
        password_ok = verify_password(seen_hash, password)
        new_hash = hash_password(password) if password_ok and needs_rehash(seen_hash) else None

    with sessions.begin() as session:
        attempt = LoginAttempt(username=name or typed, ip=ip, attempted_at=now, success=False)
        session.add(attempt)
        session.flush()  # the failure counts below include this attempt
        # what was typed is shown only when it names an account: a password typed into the name field is not
        shown = typed if seen_hash is not None else unknown_name(typed)
        audit = {
            "actor": shown,
            "target_type": "account",
            "target_id": name if seen_hash else None,
            "ip": ip,
            "now": now,
        }
        if ip_failures >= IP_MAX_FAILURES:
            record(session, actor=shown, action="login.locked", target_type="ip", target_id=ip,
                   reason="同一IP失败次数过多", ip=ip, now=now)  # fmt: skip
            return LoginResult(False, None, MAX_DELAY_S, MSG_IP_BLOCKED)
        account = find_account(session, name, lock=True) if name else None
        if account is None:
            failures = _recent_failures(session, now, LOCK_DURATION, username=name or typed)
            lock_now = failures >= LOCK_AFTER_FAILURES
            record(session, action="login.locked" if lock_now else "login.failure", reason="未知用户名",
                   **audit)  # fmt: skip
            return LoginResult(False, None, login_delay(failures), MSG_LOCKED if lock_now else MSG_BAD_LOGIN)
        if account.locked_until is not None and account.locked_until <= now:
            account.failed_logins, account.locked_until = 0, None  # the lock ran out: a fresh start
        if account.locked_until is not None and guessed_here:
            record(session, action="login.locked", reason="账号锁定中", **audit)
            return LoginResult(False, None, login_delay(account.failed_logins), MSG_LOCKED)
        if password_ok and account.active and account.password_hash == seen_hash:
            before = {"failed_logins": account.failed_logins, "last_login_at": account.last_login_at}
            account.failed_logins, account.last_login_at = 0, now
            if new_hash:
                account.password_hash = new_hash
            record(session, action="login.success", before=before,
                   after={"failed_logins": 0, "last_login_at": now, "rehashed": bool(new_hash)}, **audit)  # fmt: skip
            attempt.success = True
            return LoginResult(True, user_of(account), 0.0, MSG_OK)
        before = {"failed_logins": account.failed_logins}
        account.failed_logins += 1
        lock_now = account.failed_logins >= LOCK_AFTER_FAILURES
        if lock_now:
            account.locked_until = now + LOCK_DURATION
        reason = "账号已停用" if not account.active else "密码错误"
        record(session, action="login.locked" if lock_now else "login.failure", reason=reason, before=before,
               after={"failed_logins": account.failed_logins, "locked_until": account.locked_until}, **audit)  # fmt: skip
        return LoginResult(
            False, None, login_delay(account.failed_logins), MSG_LOCKED if lock_now else MSG_BAD_LOGIN
        )
