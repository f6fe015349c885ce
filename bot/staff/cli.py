"""`python -m bot staff …`: manage staff accounts from the server's shell (audited as actor "cli")."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from datetime import datetime
from typing import TextIO

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from bot.cases import create_schema, make_engine, session_factory
from bot.cases.numbers import local_zone
from bot.ops.settings import get_settings
from bot.staff import accounts
from bot.staff.accounts import CLI_ACTOR, AccountView
from bot.staff.passwords import password_problem, username_problem
from bot.staff.roles import ROLE_LABELS, ROLES

EXIT_USAGE = 2


class CliError(Exception):
    """A problem to print for the operator; exits with status 2."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot staff", description="管理工作人员账号")
    sub = parser.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add", help="新建账号（密码从提示输入，或读取标准输入的第一行）")
    add.add_argument("name")
    add.add_argument("--role", required=True, help="、".join(f"{r}={ROLE_LABELS[r]}" for r in ROLES))
    add.add_argument("--display-name", default=None, help="显示名，可用中文；默认同用户名")
    sub.add_parser("list", help="列出全部账号")
    for command, text in (
        ("passwd", "修改密码（该账号的登录会话全部退出）"),
        ("disable", "停用账号（立即退出登录）"),
        ("enable", "重新启用账号"),
        ("unlock", "解除登录失败造成的临时锁定"),
    ):
        sub.add_parser(command, help=text).add_argument("name")
    role = sub.add_parser("role", help="更改角色")
    role.add_argument("name")
    role.add_argument("role")
    return parser


def read_password(stdin: TextIO, prompt: Callable[[str], str] | None = None) -> str:
    """Twice from a prompt on a terminal; otherwise the first line of stdin (for scripts)."""
    if stdin.isatty():
        prompt = prompt or getpass.getpass
        first = prompt("请输入密码：")
        if first != prompt("请再输入一次："):
            raise CliError("两次输入的密码不一致，账号没有改动")
        return first
    line = stdin.readline()
    if not line:
        raise CliError("没有从标准输入读到密码（应为第一行）")
    return line.rstrip("\r\n")


def _local(moment: datetime | None) -> str:
    if moment is None:
        return "-"

    return moment.astimezone(local_zone()).strftime("%Y-%m-%d %H:%M")


def _state(view: AccountView) -> str:
    if not view.active:
        return "已停用"
    if view.is_locked():
        return f"锁定至 {_local(view.locked_until)}"
    return "启用"


def format_accounts(views: list[AccountView]) -> str:
    if not views:
        return "还没有账号。用 `python -m bot staff add 用户名 --role admin` 新建一个。"
    lines = ["用户名\t显示名\t角色\t状态\t最近登录\t创建时间"]
    for v in views:
        row = (
            v.username,
            v.display_name,
            v.role_label,
            _state(v),
            _local(v.last_login_at),
            _local(v.created_at),
        )
        lines.append("\t".join(row))
    return "\n".join(lines)


def _require_account(sessions: sessionmaker, name: str) -> AccountView:
    view = accounts.get_account(sessions, name)
    if view is None:
        raise CliError(f"没有这个账号：{name}")
    return view


def run(args: argparse.Namespace, sessions: sessionmaker, stdin: TextIO, out: TextIO) -> None:
    name = getattr(args, "name", None)
    if args.command == "add":
        # Check what we can before asking for a password.
        if args.role not in ROLES:
            choices = "、".join(f"{r}（{ROLE_LABELS[r]}）" for r in ROLES)
            raise CliError(f"角色必须是 {choices} 之一")
        problem = username_problem(name)
        if problem:
            raise CliError(problem)
        if accounts.get_account(sessions, name) is not None:
            raise CliError(f"用户名 {name} 已经存在")
        password = read_password(stdin)
        user = accounts.create_account(
            sessions, name, password, args.role, display_name=args.display_name, actor=CLI_ACTOR
        )
        print(f"已创建账号 {user.username}（{user.display_name}，{user.role_label}）。", file=out)
    elif args.command == "list":
        print(format_accounts(accounts.list_accounts(sessions)), file=out)
    elif args.command == "passwd":
        view = _require_account(sessions, name)
        password = read_password(stdin)
        problem = password_problem(password, username=view.username)
        if problem:
            raise CliError(problem)
        accounts.set_password(sessions, CLI_ACTOR, view.username, password)
        print(f"已修改 {view.username} 的密码，该账号原有的登录都已退出。", file=out)
    elif args.command in ("disable", "enable"):
        view = accounts.set_active(sessions, CLI_ACTOR, name, args.command == "enable")
        done = "已启用账号" if view.active else "已停用账号"
        tail = "。" if view.active else "，它的登录已全部退出。"
        print(f"{done} {view.username}{tail}", file=out)
    elif args.command == "unlock":
        view = accounts.unlock(sessions, CLI_ACTOR, name)
        print(f"已解除 {view.username} 的登录锁定。", file=out)
    elif args.command == "role":
        view = accounts.set_role(sessions, CLI_ACTOR, name, args.role)
        print(f"{view.username} 的角色已改为{view.role_label}。", file=out)


def _open_sessions():
    engine = make_engine(get_settings().database_url)
    create_schema(engine)
    return engine, session_factory(engine)


def main(
    argv: list[str] | None = None,
    *,
    sessions: sessionmaker | None = None,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Returns the exit status: 0 done, 2 refused, 1 database trouble (message on stderr)."""
    args = _parser().parse_args(argv)
    stdin, out, err = stdin or sys.stdin, out or sys.stdout, err or sys.stderr
    engine = None
    try:
        if sessions is None:
            engine, sessions = _open_sessions()
        run(args, sessions, stdin, out)
        return 0
    except (CliError, ValueError, PermissionError) as error:
        print(f"没有完成：{error}", file=err)
        return EXIT_USAGE
    except SQLAlchemyError as error:
        print(f"数据库出错（请检查 DATABASE_URL）：{type(error).__name__}: {error}".splitlines()[0], file=err)
        return 1
    except KeyboardInterrupt:
        print("\n已取消，账号没有改动。", file=err)
        return EXIT_USAGE
    finally:
        if engine is not None:
            engine.dispose()
