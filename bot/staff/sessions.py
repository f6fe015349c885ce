"""Signed-in staff browsers: random cookie tokens stored only as SHA-256, with idle and absolute expiry."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session, sessionmaker

from bot.cases.numbers import ensure_aware, utc_now
from bot.staff.audit import record
from bot.staff.models import LoginAttempt, StaffAccount, StaffSession
from bot.staff.roles import StaffUser

SESSION_COOKIE = "staff_session"
IDLE_TIMEOUT = timedelta(hours=2)
ABSOLUTE_TIMEOUT = timedelta(hours=12)
TOUCH_INTERVAL = timedelta(minutes=1)  # refresh last_seen_at at most this often: no write per request
LOGIN_ATTEMPT_RETENTION = timedelta(days=30)  # the audit log keeps logins longer
MAX_TOKEN_LENGTH = 128


@dataclass(frozen=True)
class NewSession:
    token: str  # goes into the cookie; never stored
    csrf_token: str
    expires_at: datetime  # absolute end (the idle timeout may end it sooner)


@dataclass(frozen=True)
class SessionInfo:
    user: StaffUser
    csrf_token: str
    expires_at: datetime  # absolute end


def user_of(account: StaffAccount) -> StaffUser:
    return StaffUser(
        id=account.id, username=account.username, display_name=account.display_name, role=account.role
    )


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def delete_account_sessions(session: Session, account_id: int) -> int:
    """End every session of one account inside the caller's transaction; returns how many."""
    result = session.execute(delete(StaffSession).where(StaffSession.account_id == account_id))
    return result.rowcount or 0


def _expired(row: StaffSession, now: datetime) -> bool:
    return now >= row.expires_at or now >= row.last_seen_at + IDLE_TIMEOUT


def _purge(session: Session, now: datetime) -> None:
    session.execute(
        delete(StaffSession).where(
            or_(StaffSession.expires_at <= now, StaffSession.last_seen_at <= now - IDLE_TIMEOUT)
        )
    )
    session.execute(delete(LoginAttempt).where(LoginAttempt.attempted_at < now - LOGIN_ATTEMPT_RETENTION))


def create_session(
    sessions: sessionmaker,
    user: StaffUser,
    *,
    ip: str | None = None,
    user_agent: str | None = None,
    now: datetime | None = None,
) -> NewSession:
    """Start a session for a user who just authenticated; also clears out expired rows."""
    now = ensure_aware(now or utc_now())
    token = secrets.token_urlsafe(32)
    csrf_token = secrets.token_urlsafe(32)
    expires_at = now + ABSOLUTE_TIMEOUT
    with sessions.begin() as session:
        _purge(session, now)
        session.add(
            StaffSession(
                token_hash=token_hash(token),
                account_id=user.id,
                csrf_token=csrf_token,
                created_at=now,
                last_seen_at=now,
                expires_at=expires_at,
                ip=(ip or None) and ip[:64],
                user_agent=(user_agent or None) and user_agent[:255],
            )
        )
    return NewSession(token=token, csrf_token=csrf_token, expires_at=expires_at)


def _find_by_token(session: Session, token: str) -> tuple[StaffSession, StaffAccount] | None:
    """The session row behind a cookie token, with its account (expiry is the caller's to judge)."""
    found = session.execute(
        select(StaffSession, StaffAccount)
        .join(StaffAccount, StaffAccount.id == StaffSession.account_id)
        .where(StaffSession.token_hash == token_hash(token))
    ).first()
    return None if found is None else (found[0], found[1])


def load_session(
    sessions: sessionmaker, token: str | None, *, now: datetime | None = None
) -> SessionInfo | None:
    """The session behind a cookie token, or None (unknown, expired, or the account is disabled)."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    now = ensure_aware(now or utc_now())
    with sessions.begin() as session:
        found = _find_by_token(session, token)
        if found is None:
            return None
        row, account = found
        if _expired(row, now) or not account.active:
            session.delete(row)
            return None
        if now - row.last_seen_at >= TOUCH_INTERVAL:
            row.last_seen_at = now
        return SessionInfo(user=user_of(account), csrf_token=row.csrf_token, expires_at=row.expires_at)


def end_session(
    sessions: sessionmaker, token: str | None, *, ip: str | None = None, now: datetime | None = None
) -> bool:
    """Log out one browser (audited as `logout`); False when the token was not a live session."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return False
    with sessions.begin() as session:
        found = _find_by_token(session, token)
        if found is None:
            return False
        row, account = found
        session.delete(row)
        record(
            session,
            actor=account.username,
            action="logout",
            target_type="account",
            target_id=account.username,
            ip=(ip or None) and ip[:64],
            now=now,
        )
        return True
