"""Reading a WeChat message's recorded answer back from its conversation's events, and what the endpoint does
with it when it takes over a message whose first run never finished."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from rasa.core.actions.action import create_bot_utterance
from rasa.shared.core.events import ActionExecuted, BotUttered, Event, SlotSet, UserUttered

from bot.channels.wechat.config import WeChatConfig
from bot.channels.wechat.endpoint import WeChatEndpoint
from bot.channels.wechat.messages import parse_message
from bot.channels.wechat.recorded import TrackerReplies, as_sent, bot_events_after, rasa_message_id
from bot.channels.wechat.replay import ReplayGuard, Seen
from bot.channels.wechat.wire import WireClient

TOKEN = "wechat-token-recorded"


def said(text: str, **data: Any) -> BotUttered:
    return create_bot_utterance({"text": text, **data})


CONVERSATION: list[Event] = [
    ActionExecuted("action_listen"),
    UserUttered("你好", message_id="wechat-1001"),
    said("您好，请说说您遇到的问题。"),
    ActionExecuted("action_listen"),
    UserUttered("小区门口的下水道堵了半个月", message_id="wechat-1002"),
    SlotSet("issue_text", "小区门口的下水道堵了半个月"),
    said("明白了，下水道堵了半个月，确实影响出行。"),
    said("事情发生在哪个区、哪个街道？", buttons=[{"title": "不方便说", "payload": "/skip"}]),
    ActionExecuted("action_listen"),
    UserUttered("1", message_id="wechat-1003"),  # chose a button: no bot event saved yet after it
    UserUttered("岳麓区望月湖街道", message_id="rest-abc"),
    said("好的，记下了。"),
]


def test_the_answer_is_what_the_bot_said_after_that_message_and_before_the_next() -> None:
    events = bot_events_after(CONVERSATION, "wechat-1002")
    assert events is not None
    assert [e.text for e in events] == [
        "明白了，下水道堵了半个月，确实影响出行。",
        "事情发生在哪个区、哪个街道？",
    ]
    assert [e.text for e in bot_events_after(CONVERSATION, "wechat-1001") or []] == [
        "您好，请说说您遇到的问题。"
    ]


def test_a_message_not_in_the_conversation_has_no_answer_and_one_answered_by_silence_an_empty_one() -> None:
    assert bot_events_after(CONVERSATION, "wechat-9999") is None
    assert bot_events_after([], "wechat-1002") is None
    assert bot_events_after(CONVERSATION, "wechat-1003") == []  # saved, the bot said nothing: not run again
    assert bot_events_after(CONVERSATION, "") is None  # a user event without an id is never a match
    assert rasa_message_id("24602383467") == "wechat-24602383467"


def test_the_answer_is_sent_again_as_rasa_sent_it_buttons_included() -> None:
    messages = asyncio.run(as_sent(bot_events_after(CONVERSATION, "wechat-1002") or [], "oCitizen"))
    assert messages == [
        {"recipient_id": "oCitizen", "text": "明白了，下水道堵了半个月，确实影响出行。"},
        {
            "recipient_id": "oCitizen",
            "text": "事情发生在哪个区、哪个街道？",
            "buttons": [{"title": "不方便说", "payload": "/skip"}],
        },
    ]


def test_without_an_agent_nothing_is_recorded() -> None:
    assert asyncio.run(TrackerReplies()("oCitizen", "1002")) is None
    assert asyncio.run(TrackerReplies(SimpleNamespace(ctx=SimpleNamespace()))("oCitizen", "1002")) is None


@dataclass
class Unfinished(ReplayGuard):
    """A message another server took and never marked finished."""

    def finished(self, message_key: str) -> bool:
        return False


@dataclass
class Bot:
    calls: list[str] = field(default_factory=list)

    async def __call__(self, open_id: str, text: str, metadata: dict[str, Any]) -> list[dict[str, Any]]:
        self.calls.append(text)
        return [{"text": f"收到：{text}"}]


def take_over(recorded: Any, text: str = "我想反映楼上漏水") -> tuple[str, Bot, list[tuple[str, str]]]:
    """The reply a server gives WeChat's retry of a message another server took, and what it asked."""
    bot, asked = Bot(), []

    async def lookup(open_id: str, msg_id: str) -> list[dict[str, Any]] | None:
        asked.append((open_id, msg_id))
        return await recorded(open_id, msg_id)

    endpoint = WeChatEndpoint(
        WeChatConfig(token=TOKEN), bot, replays=Unfinished(120), recorded=lookup, window=_no_wait
    )
    client = WireClient(TOKEN)
    xml = client.message("oNeighbour", "text", {"Content": text})
    assert endpoint.replays is not None
    assert endpoint.replays.check("elsewhere", parse_message(xml).dedup_key) is Seen.NEW

    async def retry() -> str:
        return (await endpoint.receive(*client.request(xml, "plaintext", "oNeighbour"))).body

    return asyncio.run(retry()), bot, asked


async def _no_wait(task: asyncio.Task[Any], seconds: float) -> None:
    await asyncio.wait({task})


def test_a_recorded_answer_is_given_again_and_the_bot_not_run() -> None:
    async def recorded(open_id: str, msg_id: str) -> list[dict[str, Any]]:
        return [{"text": "楼上漏水的事我记下了。"}, {"text": "请问是哪个小区？"}]

    body, bot, asked = take_over(recorded)
    assert "楼上漏水的事我记下了。" in body and "请问是哪个小区？" in body
    assert bot.calls == [] and asked and asked[0][0] == "oNeighbour" and asked[0][1].isdigit()


def test_a_message_the_conversation_does_not_have_is_run() -> None:
    async def recorded(open_id: str, msg_id: str) -> None:
        return None

    body, bot, _ = take_over(recorded, "楼上漏水三天了")
    assert "收到：楼上漏水三天了" in body and bot.calls == ["楼上漏水三天了"]


def test_a_conversation_that_cannot_be_read_still_gets_its_answer() -> None:
    async def recorded(open_id: str, msg_id: str) -> None:
        raise ConnectionError("database restarting")

    body, bot, _ = take_over(recorded, "楼上漏水 物业不管")
    assert "收到：楼上漏水 物业不管" in body and bot.calls == ["楼上漏水 物业不管"]


def test_a_new_message_never_looks_in_the_conversation() -> None:
    bot, asked = Bot(), []

    async def recorded(open_id: str, msg_id: str) -> None:
        asked.append(msg_id)

    endpoint = WeChatEndpoint(WeChatConfig(token=TOKEN), bot, recorded=recorded, window=_no_wait)
    client = WireClient(TOKEN)
    xml = client.message("oNeighbour", "text", {"Content": "你好"})
    body = asyncio.run(endpoint.receive(*client.request(xml, "plaintext", "oNeighbour"))).body
    assert "收到：你好" in body and asked == [] and bot.calls == ["你好"]
