"""bot.ops.cli and bot.ops.run: .env secrets, training decisions, database set-up, the services' commands
(their processes: tests/integration/test_run_services.py)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import sqlalchemy as sa
from cryptography.fernet import Fernet

from bot.channels.wechat.config import ENV_NAMES as WECHAT_ENV_NAMES
from bot.ops import cli
from bot.ops.rasa_server import with_api_token
from bot.ops.run import build_services, cors_origins, service_env
from bot.ops.settings import PROJECT_ROOT, Settings

EXAMPLE = PROJECT_ROOT / ".env.example"


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
    """Every variable get_settings() reads (and the WeChat channel's) has a line in .env.example."""
    text = EXAMPLE.read_text()
    read = re.findall(r'env\.get\("([A-Z_]+)"', (PROJECT_ROOT / "bot" / "ops" / "settings.py").read_text())
    assert {"DATABASE_URL", "STAFF_COOKIE_SECURE", "WIDGET_ORIGINS", "ROUTE_MODEL_PATH"} <= set(read)
    for key in [*read, *WECHAT_ENV_NAMES.values()]:
        assert re.search(rf"^(# )?{key}=", text, re.MULTILINE), key
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
    assert (tmp_path / "sub" / "intake.db").stat().st_mode & 0o777 == 0o600  # not world-readable


def _project(tmp_path: Path) -> Path:
    for name, content in {
        "config.yml": "language: zh\n",
        "domain.yml": "intents: [greet]\n",
        "data/nlu/greet.yml": "nlu: []\n",
        "build/jieba/userdict.txt": "天河区 100 ns\n",
        "bot/rasa_plugins/nlu/guard.py": "X = 1\n",
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
    (root / "bot" / "rasa_plugins" / "nlu" / "guard.py").write_text("X = 2\n")
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
    assert not any("tok-123" in a for a in argv)  # the token stays out of `ps`: bot.ops.rasa_server adds it
    assert "--enable-api" in argv and argv[argv.index("--model") + 1] == "models"
    assert services["action server"].argv[:3] == ["py", "-m", "actions"]
    assert services["web app"].health_url == "http://127.0.0.1:8100/healthz"


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
