"""The WeChat channel's shared state: in Redis when a URL is given (a cluster), else in this process."""

from __future__ import annotations

import time
from collections.abc import Callable

from bot.channels.wechat.api import AccessTokenCache, token_cache
from bot.channels.wechat.options import OptionStore
from bot.channels.wechat.replay import ReplayGuard, ReplayMemory
from bot.shared_state.options import RedisOptionStore
from bot.shared_state.replay import RedisReplayGuard
from bot.shared_state.tokens import RedisAccessTokenCache


def replay_guard(ttl_s: float, redis_url: str = "", clock: Callable[[], float] = time.time) -> ReplayMemory:
    local = ReplayGuard(ttl_s, clock=clock)
    return RedisReplayGuard(redis_url, ttl_s, local) if redis_url else local


def access_token_cache(
    api_base: str, app_id: str, app_secret: str, redis_url: str = ""
) -> AccessTokenCache | RedisAccessTokenCache:
    local = token_cache(api_base, app_id, app_secret)
    return RedisAccessTokenCache(redis_url, local) if redis_url else local


def option_store(redis_url: str = "") -> OptionStore | RedisOptionStore:
    local = OptionStore()
    return RedisOptionStore(redis_url, local) if redis_url else local
