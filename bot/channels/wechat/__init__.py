"""WeChat Official Account channel. `bot.channels.wechat.WeChatInput` is what credentials.yml names."""

from __future__ import annotations

from typing import Any

__all__ = ["WeChatInput"]


def __getattr__(name: str) -> Any:
    # lazy: the protocol modules stay importable without loading Rasa and Sanic
    if name in ("WeChatInput", "WeChatOutput"):
        from bot.channels.wechat import channel

        return getattr(channel, name)
    raise AttributeError(name)
