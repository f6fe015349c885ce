"""Metadata a web or REST client sends cannot pose as our WeChat channel's."""

from __future__ import annotations

from bot.channels.client import CLIENT_KEY, stamped


def test_a_client_cannot_send_wechat_metadata() -> None:
    forged = {
        "wechat": {"evidence": {"pic_url": "http://evil.example/x"}},
        "lang": "zh",
        CLIENT_KEY: "1.2.3.4",
    }
    assert stamped(forged, "203.0.113.9") == {"lang": "zh", CLIENT_KEY: "203.0.113.9"}


def test_our_wechat_channel_keeps_its_own() -> None:
    own = {"wechat": {"evidence": {"pic_url": "http://mmbiz.qpic.cn/a"}}}
    assert stamped(own, "wechat:o1", from_client=False)["wechat"] == own["wechat"]
