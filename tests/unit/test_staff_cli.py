"""`python -m bot staff …`: creating and managing accounts from the shell, in process and as a subprocess."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

import bot.__main__ as bot_main
from bot.cases import create_schema, make_engine, session_factory
from bot.ops.settings import PROJECT_ROOT
from bot.staff import passwords
from bot.staff.accounts import get_account
from bot.staff.cli import CliError, main, read_password
from bot.staff.login import authenticate
from bot.staff.models import AuditEntry

PW = "Xinfang-Desk-07"
CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def sessions(tmp_path, monkeypatch):
    monkeypatch.setattr(passwords, "_hasher", lambda: CHEAP)
    engine = make_engine(f"sqlite:///{tmp_path / 'cli.db'}")
    create_schema(engine)
    yield session_factory(engine)
    engine.dispose()


def run_cli(sessions, *argv, stdin=""):
    out, err = io.StringIO(), io.StringIO()
    stream = stdin if isinstance(stdin, io.StringIO) else io.StringIO(stdin)
    code = main(list(argv), sessions=sessions, stdin=stream, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_add_reads_the_first_line_of_stdin(sessions):
    code, out, err = run_cli(
        sessions, "add", "wang", "--role", "officer", "--display-name", "王小明", stdin=f"{PW}\r\nignored\n"
    )
    assert (code, err) == (0, "")
    assert out.strip() == "已创建账号 wang（王小明，受理办理人员）。"
    assert authenticate(sessions, "wang", PW).ok
    with sessions() as s:
        row = s.execute(select(AuditEntry)).scalars().first()
    assert (row.actor, row.action, row.target_id) == ("cli", "account.create", "wang")


@pytest.mark.parametrize(
    ("argv", "stdin", "message"),
    [
        (["add", "wang", "--role", "boss"], PW, "角色必须是 admin（管理员）"),
        (["add", "王小明", "--role", "officer"], PW, "用户名需为2到64个字符"),
        (["add", "li", "--role", "viewer"], "12345\n", "密码至少10个字符"),
        (["add", "li", "--role", "viewer"], "Password123!\n", "太常见"),
        (["add", "li", "--role", "viewer"], "", "没有从标准输入读到密码"),
        (["passwd", "ghost"], PW, "没有这个账号：ghost"),
        (["disable", "ghost"], "", "没有这个账号"),
    ],
)
def test_refusals_exit_2_with_a_chinese_message(sessions, argv, stdin, message):
    code, out, err = run_cli(sessions, *argv, stdin=stdin)
    assert code == 2 and out == "" and message in err


def test_duplicate_is_refused_before_asking_for_a_password(sessions):
    assert run_cli(sessions, "add", "wang", "--role", "officer", stdin=PW)[0] == 0
    stdin = io.StringIO("Other-Desk-2026\n")
    code, _, err = run_cli(sessions, "add", "ＷＡＮＧ", "--role", "viewer", stdin=stdin)
    assert code == 2 and "已经存在" in err and stdin.tell() == 0


def test_tty_prompts_twice_and_must_match(monkeypatch):
    answers = iter([PW, PW])
    assert read_password(Tty(), prompt=lambda _p: next(answers)) == PW
    answers = iter([PW, PW + "x"])
    with pytest.raises(CliError, match="两次输入的密码不一致"):
        read_password(Tty(), prompt=lambda _p: next(answers))


def test_tty_mismatch_exits_2(sessions, monkeypatch):
    answers = iter([PW, "Different-Desk-8"])
    monkeypatch.setattr("bot.staff.cli.getpass.getpass", lambda _p: next(answers))
    code, _, err = run_cli(sessions, "add", "wang", "--role", "officer", stdin=Tty())
    assert code == 2 and "不一致" in err and get_account(sessions, "wang") is None


def test_list_passwd_disable_enable_unlock_role(sessions):
    run_cli(sessions, "add", "wang", "--role", "officer", "--display-name", "王小明", stdin=PW)
    run_cli(sessions, "add", "boss", "--role", "admin", stdin="Admin-Desk-2026")
    code, out, _ = run_cli(sessions, "list")
    lines = out.strip().splitlines()
    assert code == 0 and lines[0].startswith("用户名\t显示名\t角色")
    assert lines[1].startswith("boss\tboss\t管理员\t启用") and lines[2].startswith(
        "wang\t王小明\t受理办理人员\t启用\t-"
    )

    code, out, _ = run_cli(sessions, "passwd", "wang", stdin="Brand-New-Desk-9\n")
    assert code == 0 and "已修改 wang 的密码" in out
    assert authenticate(sessions, "wang", "Brand-New-Desk-9").ok

    code, out, _ = run_cli(sessions, "disable", "wang")
    assert code == 0 and out.startswith("已停用账号 wang")
    assert "已停用" in run_cli(sessions, "list")[1].splitlines()[2]
    assert not authenticate(sessions, "wang", "Brand-New-Desk-9").ok
    assert run_cli(sessions, "enable", "wang")[1].strip() == "已启用账号 wang。"

    for _ in range(5):
        authenticate(sessions, "wang", "Wrong-pass-1")
    assert "锁定至" in run_cli(sessions, "list")[1].splitlines()[2]
    assert run_cli(sessions, "unlock", "wang")[1].strip() == "已解除 wang 的登录锁定。"
    assert authenticate(sessions, "wang", "Brand-New-Desk-9").ok

    assert run_cli(sessions, "role", "wang", "viewer")[1].strip() == "wang 的角色已改为只读。"
    assert get_account(sessions, "wang").role == "viewer"
    actions = [a for (a,) in sessions().execute(select(AuditEntry.action).where(AuditEntry.actor == "cli"))]
    assert actions == [
        "account.create", "account.create", "account.password", "account.disable",
        "account.enable", "account.unlock", "account.update",
    ]  # fmt: skip


def test_empty_list(sessions):
    assert "还没有账号" in run_cli(sessions, "list")[1]


def test_python_m_bot_dispatch(monkeypatch):
    calls = []
    monkeypatch.setattr("bot.staff.cli.main", lambda argv: calls.append(("staff", argv)) or 0)
    monkeypatch.setattr("bot.ops.cli.main", lambda argv: calls.append(("cli", argv)) or 0)
    assert bot_main.main(["staff", "list"]) == 0
    assert bot_main.main(["run", "--log-dir", "x"]) == 0
    assert calls == [("staff", ["list"]), ("cli", ["run", "--log-dir", "x"])]


def _subprocess(tmp_path, *args, stdin=""):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'sub.db'}"}
    return subprocess.run(
        [sys.executable, "-m", "bot", "staff", *args],
        input=stdin, capture_output=True, text=True, env=env, cwd=PROJECT_ROOT, timeout=120,
    )  # fmt: skip


def test_subprocess_add_then_duplicate_then_weak(tmp_path):
    done = _subprocess(
        tmp_path, "add", "admin.wang", "--role", "admin", "--display-name", "王主任", stdin=PW + "\n"
    )
    assert done.returncode == 0, done.stderr
    assert "已创建账号 admin.wang（王主任，管理员）" in done.stdout

    again = _subprocess(tmp_path, "add", "admin.wang", "--role", "viewer", stdin=PW + "\n")
    assert again.returncode == 2 and "已经存在" in again.stderr

    weak = _subprocess(tmp_path, "add", "li", "--role", "viewer", stdin="li12345\n")
    assert weak.returncode == 2 and "密码至少10个字符" in weak.stderr

    listed = _subprocess(tmp_path, "list")
    assert (
        listed.returncode == 0
        and "admin.wang\t王主任\t管理员\t启用" in listed.stdout
        and "\nli\t" not in listed.stdout
    )

    engine = make_engine(f"sqlite:///{tmp_path / 'sub.db'}")
    try:
        result = authenticate(session_factory(engine), "admin.wang", PW)
    finally:
        engine.dispose()
    assert result.ok and result.user.can_admin


def test_subprocess_usage_error(tmp_path):
    done = _subprocess(tmp_path, "add", "wang")
    assert done.returncode == 2 and "--role" in done.stderr


def test_subprocess_database_unreachable(tmp_path):
    env = {**os.environ, "DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none"}
    done = subprocess.run(
        [sys.executable, "-m", "bot", "staff", "list"],
        capture_output=True, text=True, env=env, cwd=PROJECT_ROOT, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1 and "数据库出错" in done.stderr and "Traceback" not in done.stderr
