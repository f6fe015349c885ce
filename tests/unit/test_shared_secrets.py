"""The servers' shared secrets: `python -m bot init-env` writes them, every child gets the same (issue 16)."""

from __future__ import annotations

from pathlib import Path

from bot.ops import cli
from bot.ops.run import service_env
from bot.ops.settings import Settings

SECRETS = ("ACTION_SERVER_TOKEN", "WIDGET_SESSION_SECRET")


def _settings(**overrides: object) -> Settings:
    values: dict[str, object] = dict(
        database_url="sqlite:////tmp/x.db", rasa_api_token="tok", id_encryption_key="", rasa_port=5005,
        action_port=5055, web_port=8000, host="127.0.0.1", gazetteer_dir=Path("/nowhere"), timezone="Asia/Shanghai",
    )  # fmt: skip
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def _values(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line and not line.startswith("#"))


def test_init_env_fills_both_secrets_and_keeps_set_ones(tmp_path: Path) -> None:
    example = tmp_path / ".env.example"
    example.write_text(Path(cli.PROJECT_ROOT / ".env.example").read_text(encoding="utf-8"), encoding="utf-8")
    env = tmp_path / ".env"
    assert cli.init_env(env, example)
    first = _values(env.read_text(encoding="utf-8"))
    assert all(len(first[key]) >= 48 for key in SECRETS)
    assert first["ACTION_SERVER_TOKEN"] != first["WIDGET_SESSION_SECRET"]
    assert not cli.init_env(env, example)  # a second run changes nothing
    old = "RASA_API_TOKEN=x\n"  # an .env from before these secrets existed gets them added
    assert set(SECRETS) <= set(_values(cli.fill_secrets(old)))


def test_every_child_gets_the_same_secrets_from_the_settings_or_made_for_the_run() -> None:
    configured = service_env(_settings(action_server_token="a" * 48, widget_session_secret="w" * 64), base={})
    assert configured["ACTION_SERVER_TOKEN"] == "a" * 48 and configured["WIDGET_SESSION_SECRET"] == "w" * 64
    made = service_env(_settings(), base={})
    assert all(len(made[key]) >= 48 for key in SECRETS)
    assert service_env(_settings(), base={})["ACTION_SERVER_TOKEN"] != made["ACTION_SERVER_TOKEN"]
    inherited = service_env(_settings(), base=dict(made))  # a restarted server gets its siblings' secrets
    assert all(inherited[key] == made[key] for key in SECRETS)
