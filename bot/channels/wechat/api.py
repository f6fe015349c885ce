"""WeChat's customer-service message API (客服消息), async with aiohttp, and one shared access-token cache."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

import aiohttp

logger = logging.getLogger(__name__)

TOKEN_ERRORS = {40001, 40014, 42001}  # invalid / wrong / expired access_token: fetch a new one
BUSY_ERRORS = {-1, 45009}  # system busy, API rate limit: try again a little later
ERROR_HINTS = {
    45015: "超过48小时未互动，客服消息发不出去 (48-hour window)",
    45047: "客服消息超过下行条数限制 (too many messages without a reply from the citizen)",
    43004: "用户未关注公众号 (not following)",
    40003: "OpenID 不属于本公众号 (invalid openid)",
    48001: "公众号没有客服消息接口权限 (API unauthorized)",
    45002: "消息内容超长 (content too long)",
    40164: "调用接口的 IP 不在白名单 (IP not whitelisted)",
    40125: "AppSecret 错误 (invalid appsecret)",
}


class WeChatAPIError(RuntimeError):
    def __init__(self, errcode: int, errmsg: str) -> None:
        super().__init__(f"{errcode} {errmsg} {ERROR_HINTS.get(errcode, '')}".strip())
        self.errcode = errcode
        self.errmsg = errmsg


class TokenSource(Protocol):
    """This process's `AccessTokenCache`, or one a cluster shares (bot.shared_state)."""

    async def get(self, session: aiohttp.ClientSession) -> str: ...

    def invalidate(self, token: str) -> None: ...


@dataclass
class AccessTokenCache:
    """One token per AppID, shared by every sender; refreshed by one caller at a time, before it expires."""

    api_base: str
    app_id: str
    app_secret: str
    margin_s: float = 300.0
    clock: Callable[[], float] = time.monotonic
    fetches: int = 0
    _token: str | None = None
    _expires_at: float = 0.0
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def get(self, session: aiohttp.ClientSession) -> str:
        if self._token and self.clock() < self._expires_at:
            return self._token
        async with self._lock:
            if self._token and self.clock() < self._expires_at:  # another caller refreshed it meanwhile
                return self._token
            return (await self.fetch(session))[0]

    async def fetch(self, session: aiohttp.ClientSession) -> tuple[str, float]:
        """A new token from WeChat, kept here too, and for how many seconds others may use it."""
        params = {"grant_type": "client_credential", "appid": self.app_id, "secret": self.app_secret}
        async with session.get(f"{self.api_base}/cgi-bin/token", params=params) as response:
            data = await response.json(content_type=None)
        self.fetches += 1
        if not data.get("access_token"):
            raise WeChatAPIError(int(data.get("errcode", -2)), str(data.get("errmsg", "no token")))
        expires_in = float(data.get("expires_in", 7200))
        valid_s = max(expires_in - self.margin_s, expires_in / 2)
        self._token = str(data["access_token"])
        self._expires_at = self.clock() + valid_s
        return self._token, valid_s

    def invalidate(self, token: str) -> None:
        if token == self._token:  # a token another caller already replaced stays replaced
            self._token = None


_caches: dict[tuple[str, str], AccessTokenCache] = {}


def token_cache(api_base: str, app_id: str, app_secret: str) -> AccessTokenCache:
    """The process-wide cache for this AppID (WeChat invalidates old tokens: never keep two)."""
    key = (api_base, app_id)
    cache = _caches.get(key)
    if cache is None or cache.app_secret != app_secret:
        cache = _caches[key] = AccessTokenCache(api_base, app_id, app_secret)
    return cache


@dataclass
class CustomerServiceClient:
    api_base: str
    tokens: TokenSource
    timeout_s: float = 5.0
    attempts: int = 3
    backoff_s: float = 0.5
    _session: aiohttp.ClientSession | None = None

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.timeout_s))
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def send_text(self, open_id: str, content: str) -> None:
        """Raises WeChatAPIError (or aiohttp/timeout errors) when the message could not be delivered."""
        payload = {"touser": open_id, "msgtype": "text", "text": {"content": content}}
        # ensure_ascii=False: WeChat shows \uXXXX escapes literally in customer-service messages
        body = json.dumps(payload, ensure_ascii=False).encode()
        last_error: Exception | None = None
        for attempt in range(self.attempts):
            if attempt:
                await asyncio.sleep(self.backoff_s * attempt)
            session = self._client()
            try:
                token = await self.tokens.get(session)
                data = await self._post(session, token, body)
            except (aiohttp.ClientError, asyncio.TimeoutError) as error:
                last_error = error
                logger.warning("wechat.api.network_error attempt=%s error=%r", attempt + 1, error)
                continue
            except WeChatAPIError as error:  # the token endpoint refused
                if error.errcode not in BUSY_ERRORS:
                    raise
                last_error = error
                continue
            errcode = int(data.get("errcode", 0) or 0)
            if errcode == 0:
                return
            error = WeChatAPIError(errcode, str(data.get("errmsg", "")))
            if errcode in TOKEN_ERRORS:
                self.tokens.invalidate(token)
            elif errcode not in BUSY_ERRORS:
                raise error
            last_error = error
            logger.warning("wechat.api.retry attempt=%s error=%s", attempt + 1, error)
        assert last_error is not None
        raise last_error

    async def _post(self, session: aiohttp.ClientSession, token: str, body: bytes) -> dict[str, Any]:
        url = f"{self.api_base}/cgi-bin/message/custom/send"
        headers = {"Content-Type": "application/json; charset=utf-8"}
        async with session.post(url, params={"access_token": token}, data=body, headers=headers) as response:
            return await response.json(content_type=None)
