"""State that every server of a cluster must share, in Redis when REDIS_URL is set (`make cluster`), else in
the process as before (`make run`): WeChat's replay and retry memory, its access token and the numbered options
offered to each follower. The throttles and
filing limits are rows in DATABASE_URL's database, shared by every server that uses it.

Each concern has one interface and two backends; a Redis that does not answer falls back to the process's
own memory for that call (logged), so a Redis restart costs at most a duplicate, never a refused citizen.
"""

from __future__ import annotations

from bot.shared_state.wechat import access_token_cache, option_store, replay_guard

__all__ = ["access_token_cache", "option_store", "replay_guard"]
