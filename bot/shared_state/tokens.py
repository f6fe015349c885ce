"""WeChat's access token in Redis: one token for the whole cluster. WeChat keeps only the newest token valid
(the old one for 5 more minutes), so servers that each fetched their own would keep invalidating each other.

Same interface as `bot.channels.wechat.api.AccessTokenCache` (`get(session)`, `invalidate(token)`): one
server fetches under a short Redis lock, the others wait for its token.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

import aiohttp

from bot.channels.wechat.api import AccessTokenCache
from bot.shared_state.connection import ERRORS, async_client, sync_client

logger = logging.getLogger(__name__)

PREFIX = "intake:wechat:token:"
FETCH_LOCK_MS = 10_000  # a fetcher that dies frees the others after this
WAIT_STEP_S = 0.05
WAIT_STEPS = 120  # 6 s: longer than one token request
# delete the shared token only if it is still the one found bad (another server may have replaced it)
DELETE_IF = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0"


@dataclass
class RedisAccessTokenCache:
    url: str
    local: AccessTokenCache  # fetches the token; also this process's fallback while Redis does not answer

    @property
    def key(self) -> str:
        return f"{PREFIX}{self.local.app_id}"

    @property
    def fetches(self) -> int:
        return self.local.fetches

    async def get(self, session: aiohttp.ClientSession) -> str:
        try:
            return await self._shared(session)
        except ERRORS as error:
            logger.warning("shared_state.redis_unavailable token: %r (this process's cache used)", error)
            return await self.local.get(session)

    async def _shared(self, session: aiohttp.ClientSession) -> str:
        client = async_client(self.url)
        for _ in range(WAIT_STEPS):
            token = await client.get(self.key)
            if token:
                return token.decode()
            if await client.set(f"{self.key}:lock", "1", nx=True, px=FETCH_LOCK_MS):
                try:
                    token, valid_s = await self.local.fetch(session)
                    await client.set(self.key, token, px=int(valid_s * 1000))
                    return token
                finally:
                    await client.delete(f"{self.key}:lock")
            await asyncio.sleep(WAIT_STEP_S)
        logger.warning("shared_state.token_wait_timeout: fetching one here")
        return (await self.local.fetch(session))[0]

    def invalidate(self, token: str) -> None:
        self.local.invalidate(token)
        try:
            sync_client(self.url).eval(DELETE_IF, 1, self.key, token)
        except ERRORS as error:
            logger.warning("shared_state.redis_unavailable invalidate: %r", error)
