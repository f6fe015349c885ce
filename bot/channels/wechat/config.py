"""The channel's settings: credentials.yml first, then the environment (WECHAT_*, through the settings)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.ops.settings import get_settings

DEFAULT_API_BASE = "https://api.weixin.qq.com"

# credentials.yml key → environment variable
ENV_NAMES = {
    "token": "WECHAT_TOKEN",
    "app_id": "WECHAT_APPID",
    "app_secret": "WECHAT_APPSECRET",
    "aes_key": "WECHAT_AES_KEY",
    "api_base": "WECHAT_API_BASE",
    "reply_window_s": "WECHAT_REPLY_WINDOW_S",
    "max_clock_skew_s": "WECHAT_MAX_CLOCK_SKEW_S",
    "allow_plaintext": "WECHAT_ALLOW_PLAINTEXT",
}
TRUE_WORDS = {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class WeChatConfig:
    token: str = ""
    app_id: str = ""
    app_secret: str = ""
    aes_key: str = ""  # EncodingAESKey; empty: plaintext mode only
    api_base: str = DEFAULT_API_BASE
    reply_window_s: float = 4.0  # WeChat gives up after 5 s and retries
    max_clock_skew_s: float = 600.0  # older (or future) timestamps are replays; 0 turns the check off
    dedup_ttl_s: float = 120.0  # WeChat retries within ~15 s
    options_ttl_s: float = 1800.0
    # with an AES key, only encrypted pushes with a valid msg_signature (安全模式) are read, unless this asks for
    # 兼容模式: a plaintext push is signed without its body, so one captured URL could carry any message
    allow_plaintext: bool = False

    @property
    def safe_mode_only(self) -> bool:
        return bool(self.aes_key) and not self.allow_plaintext

    @property
    def replay_ttl_s(self) -> float:
        """How long nonces and message keys are remembered: the whole window the timestamp check lets in."""
        return max(self.dedup_ttl_s, 2 * self.max_clock_skew_s)

    @property
    def configured(self) -> bool:
        return bool(self.token)

    @property
    def can_send(self) -> bool:
        return bool(self.app_id and self.app_secret)

    @classmethod
    def load(
        cls, credentials: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None
    ) -> WeChatConfig:
        credentials = credentials or {}
        env = get_settings().wechat if env is None else env
        values: dict[str, Any] = {}
        for key, env_name in ENV_NAMES.items():
            value = credentials.get(key)
            if value is None or str(value).strip() == "":
                value = env.get(env_name, "")
            value = str(value).strip()
            if value:
                values[key] = value
        for key in ("reply_window_s", "max_clock_skew_s"):
            if key in values:
                values[key] = float(values[key])
        if "allow_plaintext" in values:
            values["allow_plaintext"] = values["allow_plaintext"].lower() in TRUE_WORDS
        if "api_base" in values:
            values["api_base"] = values["api_base"].rstrip("/")
        return cls(**values)
