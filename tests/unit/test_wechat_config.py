"""Settings from credentials.yml and the environment; the output channel for messages the bot starts."""

from __future__ import annotations

import pytest
from aiohttp.test_utils import TestServer

from bot.channels.wechat.api import AccessTokenCache, CustomerServiceClient
from bot.channels.wechat.channel import WeChatInput, WeChatOutput
from bot.channels.wechat.config import DEFAULT_API_BASE, WeChatConfig
from bot.channels.wechat.fake_api import FakeWeChatAPI
from tests.unit.test_wechat_wire import new_aes_key


def test_environment_fills_what_credentials_leave_empty() -> None:
    env = {
        "WECHAT_TOKEN": "env-token",
        "WECHAT_APPID": "wx-env",
        "WECHAT_APPSECRET": "s",
        "WECHAT_API_BASE": "http://127.0.0.1:5070/",
        "WECHAT_REPLY_WINDOW_S": "2.5",
    }
    config = WeChatConfig.load({"token": "yml-token", "app_id": ""}, env)
    assert config.token == "yml-token" and config.app_id == "wx-env"
    assert config.api_base == "http://127.0.0.1:5070" and config.reply_window_s == 2.5
    assert config.configured and config.can_send


def test_nothing_set_means_not_configured_with_wechats_address() -> None:
    config = WeChatConfig.load(None, {})
    assert not config.configured and not config.can_send
    assert config.api_base == DEFAULT_API_BASE and config.aes_key == ""


@pytest.mark.parametrize(("allow", "safe_only"), [(None, True), ("0", True), ("1", False), ("true", False)])
def test_an_aes_key_means_safe_mode_only_unless_compatible_mode_is_asked_for(allow, safe_only) -> None:
    env = {"WECHAT_TOKEN": "t", "WECHAT_AES_KEY": new_aes_key()}
    if allow is not None:
        env["WECHAT_ALLOW_PLAINTEXT"] = allow
    config = WeChatConfig.load(None, env)
    assert config.safe_mode_only is safe_only
    assert not WeChatConfig.load(None, {"WECHAT_TOKEN": "t"}).safe_mode_only  # no key: 明文模式
    assert config.replay_ttl_s == 1200  # nonces kept for the whole ±600 s the timestamp check lets in


def test_from_credentials_as_rasa_calls_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WECHAT_TOKEN", "t-1")
    monkeypatch.setenv("WECHAT_AES_KEY", new_aes_key())
    channel = WeChatInput.from_credentials(None)
    assert WeChatInput.name() == "wechat" and channel.url_prefix() == "wechat"
    assert channel.config.token == "t-1"
    assert channel.get_output_channel() is None  # no AppID/secret: cannot send on its own


async def test_output_channel_sends_buttons_as_numbered_text() -> None:
    api = FakeWeChatAPI("wx-app", "secret")
    server = TestServer(api.app())
    await server.start_server()
    base = str(server.make_url("")).rstrip("/")
    client = CustomerServiceClient(base, AccessTokenCache(base, "wx-app", "secret"))
    output = WeChatOutput(client)
    buttons = [
        {"title": "查进度", "payload": "/check_progress"},
        {"title": "新反映", "payload": "/tell_problem"},
    ]
    await output.send_response("oUser", {"text": "您的事项已受理。", "buttons": buttons})
    await client.close()
    await server.close()
    assert api.messages_to("oUser") == ["您的事项已受理。\n回复 1：查进度\n回复 2：新反映"]
