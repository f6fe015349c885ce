"""The one Settings object: each variable read once, with the defaults .env.example states."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.channels.wechat.config import WeChatConfig
from bot.ops.run import cors_origins
from bot.ops.settings import PROJECT_ROOT, get_settings

NAMES = ("STAFF_COOKIE_SECURE", "WIDGET_ORIGINS", "CATEGORY_MODEL_PATH", "CATEGORY_OWN_MODEL_PATH",
         "ROUTE_MODEL_PATH", "RASA_PATCHES", "WECHAT_TOKEN", "WECHAT_REPLY_WINDOW_S")  # fmt: skip


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No value from the caller's environment or .env (loaded without override) reaches these tests."""
    for name in NAMES:
        monkeypatch.setenv(name, "")
    get_settings.cache_clear()
    return monkeypatch


def test_blank_values_give_the_defaults(env: pytest.MonkeyPatch) -> None:
    settings = get_settings()
    assert settings.staff_cookie_secure and settings.rasa_patches
    assert settings.widget_origins == ""
    assert settings.category_model_path == PROJECT_ROOT / "var" / "category_model.joblib"
    assert settings.category_own_model_path == PROJECT_ROOT / "var" / "category_own.joblib"
    assert settings.route_model_path == PROJECT_ROOT / "var" / "route_model.joblib"


@pytest.mark.parametrize(("word", "secure"), [("false", False), ("0", False), ("off", False), ("true", True)])
def test_staff_cookie_secure_reads_on_off_words(env: pytest.MonkeyPatch, word: str, secure: bool) -> None:
    env.setenv("STAFF_COOKIE_SECURE", word)
    assert get_settings().staff_cookie_secure is secure


def test_paths_and_origins_come_from_the_environment(env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    env.setenv("ROUTE_MODEL_PATH", str(tmp_path / "r.joblib"))
    env.setenv("CATEGORY_OWN_MODEL_PATH", str(tmp_path / "o.joblib"))
    env.setenv("WIDGET_ORIGINS", "https://xfj.example.gov.cn/, https://www.example.gov.cn")
    settings = get_settings()
    assert (settings.route_model_path, settings.category_own_model_path) == (
        tmp_path / "r.joblib",
        tmp_path / "o.joblib",
    )
    assert cors_origins(settings)[-2:] == ["https://xfj.example.gov.cn", "https://www.example.gov.cn"]


def test_the_wechat_channel_reads_its_variables_through_the_settings(env: pytest.MonkeyPatch) -> None:
    env.setenv("WECHAT_TOKEN", "env-token")
    env.setenv("WECHAT_REPLY_WINDOW_S", "2.5")
    config = WeChatConfig.load({"app_id": "wx-yml"})
    assert (config.token, config.app_id, config.reply_window_s) == ("env-token", "wx-yml", 2.5)
    assert WeChatConfig.load({"token": "yml-token"}).token == "yml-token"  # credentials.yml wins
