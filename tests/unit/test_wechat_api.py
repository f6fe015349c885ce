"""The customer-service client against the local fake of WeChat's API (token cache, error codes)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import pytest
from aiohttp.test_utils import TestServer

from bot.channels.wechat.api import AccessTokenCache, CustomerServiceClient, WeChatAPIError, token_cache
from bot.channels.wechat.fake_api import FakeWeChatAPI


@pytest.fixture
async def fake() -> AsyncIterator[tuple[FakeWeChatAPI, str]]:
    api = FakeWeChatAPI("wx-app", "secret-1")
    server = TestServer(api.app())
    await server.start_server()
    yield api, str(server.make_url("")).rstrip("/")
    await server.close()


def make_client(base: str, secret: str = "secret-1", **kwargs: float) -> CustomerServiceClient:
    return CustomerServiceClient(base, AccessTokenCache(base, "wx-app", secret), backoff_s=0.01, **kwargs)


async def test_sends_utf8_json_and_reuses_one_token(fake: tuple[FakeWeChatAPI, str]) -> None:
    api, base = fake
    client = make_client(base)
    await asyncio.gather(*(client.send_text("oUser", f"第{i}条：您好 😀") for i in range(3)))
    await client.send_text("oUser", "再来一条")
    await client.close()
    assert sorted(api.messages_to("oUser")) == sorted([f"第{i}条：您好 😀" for i in range(3)] + ["再来一条"])
    assert api.token_requests == 1  # concurrent senders wait for one refresh
    raw = api.delivered[0].raw
    assert "您好".encode() in raw and b"\\u" not in raw
    assert json.loads(raw)["msgtype"] == "text"


async def test_an_expired_token_is_refreshed_and_the_message_sent(fake: tuple[FakeWeChatAPI, str]) -> None:
    api, base = fake
    client = make_client(base)
    await client.send_text("oUser", "一")
    api.expire_tokens()  # WeChat answers 42001 for the cached token
    await client.send_text("oUser", "二")
    await client.close()
    assert api.messages_to("oUser") == ["一", "二"]
    assert api.token_requests == 2


@pytest.mark.parametrize("errcode", [40001, 40014, 42001])
async def test_token_error_codes_trigger_a_refresh(fake: tuple[FakeWeChatAPI, str], errcode: int) -> None:
    api, base = fake
    client = make_client(base)
    api.fail_next(errcode)
    await client.send_text("oUser", "您好")
    await client.close()
    assert api.messages_to("oUser") == ["您好"] and api.token_requests == 2


async def test_busy_is_retried(fake: tuple[FakeWeChatAPI, str]) -> None:
    api, base = fake
    client = make_client(base)
    api.fail_next(-1, times=2)
    await client.send_text("oUser", "稍后送达")
    await client.close()
    assert api.messages_to("oUser") == ["稍后送达"] and api.send_requests == 3


async def test_a_timeout_is_retried(fake: tuple[FakeWeChatAPI, str]) -> None:
    api, base = fake
    client = make_client(base, timeout_s=0.3)
    api.delay_next(1.0)
    await client.send_text("oUser", "超时后重试")
    await client.close()
    assert api.messages_to("oUser") == ["超时后重试"]


@pytest.mark.parametrize("errcode", [45015, 45047, 43004, 40003])
async def test_the_48_hour_window_and_other_refusals_are_not_retried(
    fake: tuple[FakeWeChatAPI, str], errcode: int
) -> None:
    api, base = fake
    client = make_client(base)
    api.fail_next(errcode)
    with pytest.raises(WeChatAPIError) as raised:
        await client.send_text("oUser", "发不出去")
    await client.close()
    assert raised.value.errcode == errcode and api.send_requests == 1
    assert api.messages_to("oUser") == []


async def test_a_wrong_secret_is_reported(fake: tuple[FakeWeChatAPI, str]) -> None:
    api, base = fake
    client = make_client(base, secret="wrong")
    with pytest.raises(WeChatAPIError, match="40125"):
        await client.send_text("oUser", "x")
    await client.close()
    assert api.send_requests == 0


async def test_gives_up_after_the_last_attempt(fake: tuple[FakeWeChatAPI, str]) -> None:
    api, base = fake
    client = make_client(base)
    api.fail_next(-1, times=5)
    with pytest.raises(WeChatAPIError):
        await client.send_text("oUser", "x")
    await client.close()
    assert api.send_requests == 3


def test_one_cache_per_app() -> None:
    a = token_cache("http://h", "wx-a", "s")
    assert token_cache("http://h", "wx-a", "s") is a
    assert token_cache("http://h", "wx-b", "s") is not a
