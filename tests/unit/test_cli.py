"""bot.cli and bot.run: .env secrets, training decisions, database set-up, process orchestration."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from cryptography.fernet import Fernet

from bot import cli
from bot.rasa_server import with_api_token
from bot.run import Orchestrator, Service, ServiceFailed, build_services, cors_origins, service_env
from bot.settings import PROJECT_ROOT, Settings

EXAMPLE = PROJECT_ROOT / ".env.example"

# A stand-in server: answers 200 on its port and leaves a grandchild, like a real server's helpers.
FAKE_SERVER = textwrap.dedent(
    """
    import http.server, subprocess, sys
    port, pid_file = int(sys.argv[1]), sys.argv[2]
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    with open(pid_file, "w") as f:
        f.write(f"{child.pid}\\n")
    class Ok(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200); self.end_headers(); self.wfile.write(b"ok")
        def log_message(self, *args):
            pass
    http.server.HTTPServer(("127.0.0.1", port), Ok).serve_forever()
    """
)


def _settings(**overrides: object) -> Settings:
    values: dict[str, object] = {
        "database_url": "sqlite:////tmp/x.db",
        "rasa_api_token": "tok-123",
        "id_encryption_key": "",
        "rasa_port": 5005,
        "action_port": 5055,
        "web_port": 8000,
        "host": "127.0.0.1",
        "gazetteer_dir": Path("/nowhere"),
        "timezone": "Asia/Shanghai",
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie is dead for our purposes
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(")")[-1].split()[0] == "Z")


def _wait_dead(pids: list[int], timeout: float = 10) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.1)
    return [p for p in pids if _alive(p)]


def _fake_services(tmp_path: Path, count: int = 2) -> list[Service]:
    script = tmp_path / "fake_server.py"
    script.write_text(FAKE_SERVER)
    services = []
    for index in range(count):
        port = _free_port()
        argv = [sys.executable, str(script), str(port), str(tmp_path / f"grandchild{index}.pid")]
        url = f"http://127.0.0.1:{port}/"
        services.append(Service(f"fake {index}", argv, url, url))
    return services


# --- .env --------------------------------------------------------------------------------------------


def test_fill_secrets_fills_only_empty_values() -> None:
    text = "# 注释\nRASA_API_TOKEN=\nID_ENCRYPTION_KEY=keep-me\nHOST=127.0.0.1\n"
    filled = cli.fill_secrets(text)
    lines = dict(line.split("=", 1) for line in filled.splitlines() if "=" in line)
    assert len(lines["RASA_API_TOKEN"]) >= 32
    assert lines["ID_ENCRYPTION_KEY"] == "keep-me"
    assert lines["HOST"] == "127.0.0.1"
    assert filled.startswith("# 注释\n")


def test_fill_secrets_treats_empty_quotes_as_empty_and_appends_missing_keys() -> None:
    filled = cli.fill_secrets('RASA_API_TOKEN=""\n')
    values = dict(line.split("=", 1) for line in filled.splitlines())
    assert values["RASA_API_TOKEN"] not in ("", '""')
    Fernet(values["ID_ENCRYPTION_KEY"].encode())  # a valid key, or this raises


def test_init_env_creates_private_file_with_fresh_secrets_and_is_idempotent(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    assert cli.init_env(env, EXAMPLE) is True
    assert env.stat().st_mode & 0o777 == 0o600
    first = env.read_text()
    values = dict(line.split("=", 1) for line in first.splitlines() if line and not line.startswith("#"))
    Fernet(values["ID_ENCRYPTION_KEY"].encode())
    assert len(values["RASA_API_TOKEN"]) >= 32
    assert cli.init_env(env, EXAMPLE) is False
    assert env.read_text() == first
    other = tmp_path / ".env2"
    cli.init_env(other, EXAMPLE)
    assert other.read_text() != first  # secrets are random


def test_env_example_documents_every_setting() -> None:
    text = EXAMPLE.read_text()
    for key in ["DATABASE_URL", "RASA_API_TOKEN", "ID_ENCRYPTION_KEY", "HOST", "RASA_PORT", "ACTION_PORT",
                "WEB_PORT", "TZ_NAME", "WECHAT_TOKEN", "WECHAT_APPID", "WECHAT_APPSECRET", "WECHAT_API_BASE",
                "WECHAT_AES_KEY", "STAFF_COOKIE_SECURE"]:  # fmt: skip
        assert f"\n{key}=" in text, key
    assert "postgresql://" in text


# --- database and training ---------------------------------------------------------------------------


def test_init_db_creates_case_tables_and_can_run_twice(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'sub' / 'intake.db'}"
    cli.init_db(url)
    cli.init_db(url)
    engine = sa.create_engine(url)
    tables = sa.inspect(engine).get_table_names()
    engine.dispose()
    assert any(name.startswith("intake_") for name in tables)


def _project(tmp_path: Path) -> Path:
    for name, content in {
        "config.yml": "language: zh\n",
        "domain.yml": "intents: [greet]\n",
        "data/nlu/greet.yml": "nlu: []\n",
        "build/jieba/userdict.txt": "天河区 100 ns\n",
        "bot/nlu/guard.py": "X = 1\n",
    }.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(content, encoding="utf-8")
    return tmp_path


def _mark_trained(root: Path) -> None:
    (root / "models").mkdir(exist_ok=True)
    (root / "models" / "intake.tar.gz").write_bytes(b"model")
    (root / "models" / "intake.fingerprint.json").write_text(json.dumps(cli.training_fingerprint(root)))


def test_first_training_is_forced(tmp_path: Path) -> None:
    args = cli.train_command(_project(tmp_path))
    assert args is not None and args[0] == "train" and "--force" in args
    assert args[args.index("--fixed-model-name") + 1] == "intake"


def test_no_training_when_nothing_changed(tmp_path: Path) -> None:
    root = _project(tmp_path)
    _mark_trained(root)
    assert cli.train_command(root) is None
    assert "--force" in cli.train_command(root, force=True)


def test_data_change_retrains_with_rasa_cache(tmp_path: Path) -> None:
    root = _project(tmp_path)
    _mark_trained(root)
    (root / "data" / "nlu" / "greet.yml").write_text("nlu:\n- intent: greet\n  examples: |\n    - 你好\n")
    args = cli.train_command(root)
    assert args is not None and "--force" not in args


def test_dictionary_or_component_change_forces_training(tmp_path: Path) -> None:
    root = _project(tmp_path)
    _mark_trained(root)
    (root / "build" / "jieba" / "userdict.txt").write_text("天河区 100 ns\n朝阳区 100 ns\n", encoding="utf-8")
    assert "--force" in cli.train_command(root)
    _mark_trained(root)
    (root / "bot" / "nlu" / "guard.py").write_text("X = 2\n")
    assert "--force" in cli.train_command(root)


def test_missing_model_file_means_training(tmp_path: Path) -> None:
    root = _project(tmp_path)
    _mark_trained(root)
    (root / "models" / "intake.tar.gz").unlink()
    assert cli.train_command(root) is not None


# --- services ----------------------------------------------------------------------------------------


def test_service_env_makes_settings_explicit() -> None:
    env = service_env(_settings(action_port=6055), PROJECT_ROOT, base={"PYTHONPATH": "/x", "KEEP": "1"})
    assert env["ACTION_PORT"] == "6055"
    assert env["PYTHONPATH"].split(os.pathsep) == [str(PROJECT_ROOT), "/x"]
    assert env["RASA_TELEMETRY_ENABLED"] == "false"
    assert env["KEEP"] == "1"


def test_rasa_server_command_restricts_cors_and_requires_token() -> None:
    services = {s.name: s for s in build_services(_settings(web_port=8100), python="py")}
    argv = services["Rasa server"].argv
    cors = argv[argv.index("--cors") + 1 : argv.index("--endpoints")]
    assert (
        cors == cors_origins(_settings(web_port=8100)) == ["http://127.0.0.1:8100", "http://localhost:8100"]
    )
    assert "*" not in argv
    assert not any("tok-123" in a for a in argv)  # the token stays out of `ps`: bot.rasa_server adds it
    assert "--enable-api" in argv and argv[argv.index("--model") + 1] == "models"
    assert services["action server"].argv[:3] == ["py", "-m", "actions"]
    assert services["web app"].health_url == "http://127.0.0.1:8100/healthz"


def test_orchestrator_stops_services_and_their_children(tmp_path: Path) -> None:
    orchestrator = Orchestrator(_fake_services(tmp_path), dict(os.environ), tmp_path, tmp_path / "logs")
    orchestrator.start()
    try:
        orchestrator.wait_ready(timeout=30, poll=0.1)
        pids = [item.process.pid for item in orchestrator.running]
        grandchildren = [int((tmp_path / f"grandchild{i}.pid").read_text()) for i in range(2)]
        assert all(_alive(p) for p in pids + grandchildren)
    finally:
        orchestrator.stop(timeout=5)
    assert _wait_dead(pids + grandchildren) == []
    assert (tmp_path / "logs" / "fake_0.log").exists()


def test_service_that_dies_while_starting_is_reported(tmp_path: Path) -> None:
    dying = Service("broken", [sys.executable, "-c", "raise SystemExit(3)"], "http://127.0.0.1:9/", "-")
    orchestrator = Orchestrator([dying], dict(os.environ), tmp_path)
    orchestrator.start()
    with pytest.raises(ServiceFailed, match="broken exited with code 3"):
        orchestrator.wait_ready(timeout=30, poll=0.1)
    orchestrator.stop(timeout=5)


def _start_runner(tmp_path: Path) -> tuple[subprocess.Popen, list[str]]:
    services = _fake_services(tmp_path)
    runner = tmp_path / "runner.py"
    runner.write_text(
        "import json, os, sys\n"
        "from bot.run import Orchestrator, Service, serve\n"
        f"services = [Service(**s) for s in json.loads({json.dumps([s.__dict__ for s in services])!r})]\n"
        "orchestrator = Orchestrator(services, dict(os.environ))\n"
        "sys.exit(serve(orchestrator, startup_timeout=30))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT))
    proc = subprocess.Popen([sys.executable, str(runner)], env=env, stdout=subprocess.PIPE, text=True)
    lines = []
    for line in proc.stdout:  # type: ignore[union-attr]
        lines.append(line)
        if line.startswith("Press Ctrl-C"):
            break
    return proc, lines


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_serve_stops_everything_on_signal(tmp_path: Path, sig: signal.Signals) -> None:
    proc, lines = _start_runner(tmp_path)
    assert any("fake 0" in line and "http://127.0.0.1:" in line for line in lines), lines
    grandchildren = [int((tmp_path / f"grandchild{i}.pid").read_text()) for i in range(2)]
    children = [int(p) for p in subprocess.check_output(["pgrep", "-P", str(proc.pid)], text=True).split()]
    assert len(children) == 2
    proc.send_signal(sig)
    assert proc.wait(timeout=30) == 0
    assert _wait_dead(children + grandchildren) == []


def test_services_die_with_a_killed_orchestrator(tmp_path: Path) -> None:
    proc, _ = _start_runner(tmp_path)
    children = [int(p) for p in subprocess.check_output(["pgrep", "-P", str(proc.pid)], text=True).split()]
    proc.kill()  # no chance to clean up: the children's parent-death signal must do it
    proc.wait(timeout=10)
    try:
        assert _wait_dead(children) == []
    finally:  # the stand-ins' own helpers are not the orchestrator's business here
        for index in range(2):
            with contextlib.suppress(ProcessLookupError):
                os.kill(int((tmp_path / f"grandchild{index}.pid").read_text()), signal.SIGKILL)


def test_serve_stops_the_others_when_one_service_crashes(tmp_path: Path) -> None:
    services = _fake_services(tmp_path, count=1)
    orchestrator = Orchestrator(services, dict(os.environ), tmp_path, tmp_path / "logs")
    import threading

    from bot.run import serve

    def crash_later() -> None:
        while not orchestrator.running or not (tmp_path / "grandchild0.pid").exists():
            time.sleep(0.1)
        time.sleep(1)
        os.kill(orchestrator.running[0].process.pid, signal.SIGKILL)

    threading.Thread(target=crash_later, daemon=True).start()
    assert serve(orchestrator, startup_timeout=30) == 1
    grandchild = int((tmp_path / "grandchild0.pid").read_text())
    assert _wait_dead([grandchild]) == []


def test_a_token_starting_with_a_dash_reaches_rasa_as_one_argument() -> None:
    import argparse

    from rasa.cli.arguments.run import add_server_arguments

    parser = argparse.ArgumentParser()
    add_server_arguments(parser)
    token = "-Xyz_abc"
    argv = with_api_token(["run", "--enable-api", "--port", "5005"], token)
    assert parser.parse_known_args(argv[1:])[0].auth_token == token


def test_the_token_is_added_only_to_a_server_with_the_api_and_none_given() -> None:
    assert with_api_token(["run", "--enable-api"], "") == ["run", "--enable-api"]
    assert with_api_token(["train"], "t") == ["train"]
    assert with_api_token(["run"], "t") == ["run"]
    assert with_api_token(["run", "--enable-api", "--auth-token=own"], "t") == [
        "run",
        "--enable-api",
        "--auth-token=own",
    ]
