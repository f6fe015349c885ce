"""Parsing WeChat's XML and building passive replies that wechatpy reads back."""

from __future__ import annotations

import pytest
from wechatpy import parse_message as wechatpy_parse
from wechatpy.replies import deserialize_reply

from bot.channels.wechat.messages import BadMessage, parse_message, text_reply_xml
from tests.unit.test_wechat_wire import WeChatServer

SERVER = WeChatServer("tok")


def test_text_message_fields() -> None:
    message = parse_message(SERVER.text("oUser-1", "小区噪音扰民 😀 ]]> <b>", msg_id=6054768590064713728))
    assert (message.to_user, message.from_user, message.msg_type) == ("gh_0123456789ab", "oUser-1", "text")
    assert message.fields["Content"] == "小区噪音扰民 😀 ]]> <b>"
    assert message.dedup_key == "msg:oUser-1:6054768590064713728"


def test_events_are_keyed_by_sender_and_time() -> None:
    message = parse_message(SERVER.event("oUser-1", "subscribe"))
    assert message.msg_id is None and message.event == "subscribe"
    assert message.dedup_key == f"event:oUser-1:{message.create_time}:subscribe"


def test_location_fields_are_read() -> None:
    message = parse_message(SERVER.location("o1", 23.134521, 113.358803, "广东省广州市天河区石牌街道"))
    assert message.get("Label") == "广东省广州市天河区石牌街道"
    assert float(message.get("Location_X")) == pytest.approx(23.134521)


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not xml",
        b"<html><body/></html>",
        b"<xml><ToUserName>a</ToUserName></xml>",
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><xml><Content>&lol;</Content></xml>',
        b"<xml>" + b"<A>x</A>" * 40000 + b"</xml>",
        b"<xml><ToUserName>a</ToUserName><FromUserName>b</FromUserName><CreateTime>x</CreateTime><MsgType>text</MsgType></xml>",
    ],
)
def test_bad_bodies_are_refused(body: bytes) -> None:
    with pytest.raises(BadMessage):
        parse_message(body)


@pytest.mark.parametrize(
    "content", ["您好，已记下。\n回复 1：没有", "含有 ]]> 的文字", "emoji 😀 与 &lt; 符号 <>&"]
)
def test_text_reply_reads_back_in_wechatpy(content: str) -> None:
    xml = text_reply_xml("oUser-1", "gh_0123456789ab", content, now=1700000000)
    reply = deserialize_reply(xml)
    assert reply.type == "text" and reply.content == content
    assert reply.target == "oUser-1" and reply.source == "gh_0123456789ab"
    assert wechatpy_parse(xml).content == content
