"""Staff accounts: create and manage them (admins or the CLI), and log in with throttling and locking."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.cases.numbers import ensure_aware, utc_now
from bot.staff.audit import record
from bot.staff.models import StaffAccount
from bot.staff.passwords import (
    clean_display_name,
    hash_password,
    normalize_username,
    password_problem,
    username_problem,
)
from bot.staff.roles import ROLE_ADMIN, ROLE_LABELS, ROLES, StaffUser, require_admin
from bot.staff.sessions import delete_account_sessions, user_of

CLI_ACTOR = "cli"


@dataclass(frozen=True)
class AccountView:
    username: str
    display_name: str
    role: str
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    created_at: datetime

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)

    def is_locked(self, now: datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or utc_now())


def _check_role(role: str) -> str:
    if role not in ROLES:
        choices = "、".join(f"{r}（{ROLE_LABELS[r]}）" for r in ROLES)
        raise ValueError(f"角色必须是 {choices} 之一")
    return role


def _actor_name(actor: StaffUser | str) -> str:
    if isinstance(actor, StaffUser):
        require_admin(actor)
        return actor.username
    if actor == CLI_ACTOR:
        return CLI_ACTOR
    raise PermissionError("只有管理员可以管理账号")


def find_account(session: Session, username: str, *, lock: bool = False) -> StaffAccount | None:
    query = select(StaffAccount).where(StaffAccount.username == normalize_username(username))
    return session.execute(query.with_for_update() if lock else query).scalar_one_or_none()


def _get(session: Session, username: str) -> StaffAccount:
    account = find_account(session, username, lock=True)
    if account is None:
        raise ValueError(f"没有这个账号：{normalize_username(username)}")
    return account


def _view(account: StaffAccount) -> AccountView:
    return AccountView(**{f.name: getattr(account, f.name) for f in fields(AccountView)})


def _keep_an_admin(session: Session, actor: StaffUser | str, account: StaffAccount) -> None:
    """Staff in the web console may not lock everyone out; the CLI (server operator) may."""
    if isinstance(actor, str) or account.role != ROLE_ADMIN or not account.active:
        return
    others = session.execute(
        select(func.count())
        .select_from(StaffAccount)
        .where(StaffAccount.role == ROLE_ADMIN, StaffAccount.active.is_(True), StaffAccount.id != account.id)
    ).scalar_one()
    if not others:
        raise ValueError("至少要保留一个启用的管理员账号")


# --- administration ---------------------------------------------------------------------------------


def create_account(
    sessions: sessionmaker,
    username: str,
    password: str,
    role: str,
    *,
    display_name: str | None = None,
    actor: StaffUser | str = CLI_ACTOR,
    ip: str | None = None,
    now: datetime | None = None,
) -> StaffUser:
    actor_name = _actor_name(actor)
    name = normalize_username(username)
    problem = username_problem(name) or password_problem(password, username=name)
    if problem:
        raise ValueError(problem)
    _check_role(role)
    shown = clean_display_name(display_name, name)
    password_hash = hash_password(password)  # before the transaction: it takes a while
    now = ensure_aware(now or utc_now())
    try:
        with sessions.begin() as session:
            if find_account(session, name) is not None:
                raise ValueError(f"用户名 {name} 已经存在")
            account = StaffAccount(
                username=name, display_name=shown, role=role, password_hash=password_hash,
                active=True, failed_logins=0, created_at=now,
            )  # fmt: skip
            session.add(account)
            session.flush()
            after = {"username": name, "display_name": shown, "role": role, "active": True}
            record(session, actor=actor_name, action="account.create", target_type="account",
                   target_id=name, after=after, ip=ip, now=now)  # fmt: skip
            return user_of(account)
    except IntegrityError as error:  # a concurrent create of the same name
        raise ValueError(f"用户名 {name} 已经存在") from error


def list_accounts(sessions: sessionmaker) -> list[AccountView]:
    with sessions() as session:
        rows = session.execute(select(StaffAccount).order_by(StaffAccount.username)).scalars()
        return [_view(row) for row in rows]


def get_account(sessions: sessionmaker, username: str) -> AccountView | None:
    with sessions() as session:
        account = find_account(session, username)
        return _view(account) if account else None


def _change(sessions, actor, username, action, apply, *, ip=None, now=None, reason=None) -> AccountView:
    """Run `apply(session, account) -> (before, after)` and audit it, all in one transaction."""
    actor_name = _actor_name(actor)
    with sessions.begin() as session:
        account = _get(session, username)
        before, after = apply(session, account)
        record(session, actor=actor_name, action=action, target_type="account", target_id=account.username,
               before=before, after=after, reason=reason, ip=ip, now=now)  # fmt: skip
        return _view(account)


def set_password(sessions, actor, username, password, *, ip=None, now=None) -> AccountView:
    """New password (checked for strength); the account's sessions end."""
    _actor_name(actor)
    problem = password_problem(password, username=normalize_username(username))
    if problem:
        raise ValueError(problem)
    password_hash = hash_password(password)

    def apply(session, account):
        account.password_hash = password_hash
        ended = delete_account_sessions(session, account.id)
        return {"password": "旧密码"}, {"password": "已更换", "sessions_ended": ended}

    return _change(sessions, actor, username, "account.password", apply, ip=ip, now=now)


def set_active(sessions, actor, username, active: bool, *, ip=None, now=None) -> AccountView:
    """Enable or disable an account; disabling ends its sessions at once."""

    def apply(session, account):
        if not active and isinstance(actor, StaffUser) and actor.id == account.id:
            raise ValueError("不能停用自己的账号")
        if not active:
            _keep_an_admin(session, actor, account)
        before = {"active": account.active}
        account.active = bool(active)
        ended = 0 if active else delete_account_sessions(session, account.id)
        return before, {"active": account.active, "sessions_ended": ended}

    action = "account.enable" if active else "account.disable"
    return _change(sessions, actor, username, action, apply, ip=ip, now=now)


def set_role(sessions, actor, username, role: str, *, ip=None, now=None) -> AccountView:
    _check_role(role)

    def apply(session, account):
        if role != ROLE_ADMIN:
            _keep_an_admin(session, actor, account)
        before = {"role": account.role}
        account.role = role
        return before, {"role": role}

    return _change(sessions, actor, username, "account.update", apply, ip=ip, now=now)


def unlock(sessions, actor, username, *, ip=None, now=None) -> AccountView:
    def apply(session, account):
        before = {"failed_logins": account.failed_logins, "locked_until": account.locked_until}
        account.failed_logins, account.locked_until = 0, None
        return before, {"failed_logins": 0, "locked_until": None}

    return _change(sessions, actor, username, "account.unlock", apply, ip=ip, now=now)
