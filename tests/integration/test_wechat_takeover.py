"""Exactly once after a kill -9: two Sanic apps serve the real WeChat channel (as two Rasa servers of `make
cluster`), sharing one SQLite tracker store and one lock store through their agents. A server that saved a
message's turn and died before marking it finished has WeChat's retry, on the other server, answered from the
conversation: the recorded reply, no second user event. One that died before saving has it run there."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from rasa.core.actions.action import create_bot_utterance
from rasa.core.agent import Agent
from rasa.core.channels.channel import UserMessage, register
from rasa.core.lock_store import InMemoryLockStore
from rasa.core.tracker_store import SQLTrackerStore, TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered
from sanic import Sanic

from bot.channels.wechat.channel import WeChatInput
from bot.channels.wechat.config import WeChatConfig
from bot.channels.wechat.messages import parse_message
from bot.channels.wechat.replay import ReplayGuard, Seen
from bot.channels.wechat.wire import WireClient
from tests.sanic_serving import free_port, serving

TOKEN, APP_ID = "wechat-token-takeover", "wx00takeover00000"
URL = "/webhooks/wechat/webhook"
BUTTONS = [{"title": "对，提交", "payload": "/affirm"}, {"title": "需要修改", "payload": "/deny"}]


@dataclass
class SharedReplays:
    """The replay memory every server shares (Redis in the cluster: bot.shared_state.replay)."""

    seen: ReplayGuard = field(default_factory=lambda: ReplayGuard(120))
    done: dict[str, str] = field(default_factory=dict)


@dataclass
class ServerReplays:
    """One server's view of the shared memory; a dying server never gets to mark its run finished."""

    shared: SharedReplays
    dies_before_finishing: bool = False

    def check(self, nonce: str, message_key: str) -> Seen:
        return self.shared.seen.check(nonce, message_key)

    def finished(self, message_key: str) -> bool:
        return message_key in self.shared.done

    def finish(self, message_key: str, reply: str | None = None) -> None:
        if not self.dies_before_finishing:
            self.shared.done[message_key] = reply or ""

    def reply_of(self, message_key: str) -> str | None:
        return self.shared.done.get(message_key) or None


class CountingAgent(Agent):
    """Rasa's agent with its tracker and lock stores; the model's turn stands in for the processor: under the
    lock, the user event and the bot's answer are saved together, as `MessageProcessor.handle_message` does."""

    def __init__(self, tracker_store: TrackerStore, lock_store: InMemoryLockStore) -> None:
        super().__init__(domain=Domain.empty(), tracker_store=tracker_store, lock_store=lock_store)
        self.handled: list[str] = []

    async def handle_message(self, message: UserMessage) -> None:
        async with self.lock_store.lock(message.sender_id):
            self.handled.append(message.text or "")
            tracker = await self.tracker_store.get_or_create_tracker(message.sender_id)
            tracker.update(UserUttered(message.text, message_id=message.message_id, input_channel="wechat"))
            said = [{"text": f"收到：{message.text}"}, {"text": "以上信息对吗？", "buttons": list(BUTTONS)}]
            for reply in said:
                event = create_bot_utterance(dict(reply))
                await message.output_channel.send_response(message.sender_id, event.message())
                tracker.update(event)
            await self.tracker_store.save(tracker)


@dataclass
class Server:
    url: str
    agent: CountingAgent
    replays: SharedReplays

    def took_and_died(self, xml: str) -> None:
        """The killed server got this message and died before its turn was saved."""
        assert self.replays.seen.check(f"killed:{xml[-40:]}", parse_message(xml).dedup_key) is Seen.NEW


@pytest.fixture
async def two_servers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[tuple[Server, Server]]:
    monkeypatch.setattr(Sanic, "test_mode", True)
    store = SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(tmp_path / "trackers.db"))
    locks, shared = InMemoryLockStore(), SharedReplays()
    config = WeChatConfig(token=TOKEN, app_id=APP_ID, max_clock_skew_s=0)
    channels = [WeChatInput(config, replays=ServerReplays(shared, dies)) for dies in (True, False)]
    agents = [CountingAgent(store, locks) for _ in channels]
    async with rasa_servers(list(zip(channels, agents, strict=True))) as (first, second):
        yield Server(first, agents[0], shared), Server(second, agents[1], shared)


@contextlib.asynccontextmanager
async def rasa_servers(servers: list[tuple[WeChatInput, Agent]]) -> AsyncIterator[list[str]]:
    """Each channel served as Rasa serves it (`register` on a Sanic app whose `ctx.agent` is the agent):
    the webhook URLs."""
    async with contextlib.AsyncExitStack() as stack:
        urls = []
        for channel, agent in servers:
            app = Sanic(f"wechat_takeover_{free_port()}")
            app.ctx.agent = agent
            register([channel], app, "/webhooks/")
            urls.append(await stack.enter_async_context(serving(app)) + URL)
        yield urls


async def push(url: str, client: WireClient, xml: str, open_id: str) -> str | None:
    query, body = client.request(xml, "plaintext", open_id)
    async with aiohttp.ClientSession() as http, http.post(url, params=query, data=body) as answer:
        assert answer.status == 200
        return client.read_reply(await answer.text())


async def user_events(agent: Agent, open_id: str) -> list[Any]:
    tracker = await agent.tracker_store.retrieve(open_id)
    assert tracker is not None
    return [event for event in tracker.events if isinstance(event, UserUttered)]


async def test_a_turn_saved_before_the_kill_is_answered_from_the_conversation_not_run_again(
    two_servers: tuple[Server, Server],
) -> None:
    dying, other = two_servers
    client, open_id = WireClient(TOKEN), "oTakeover-saved"
    xml = client.message(open_id, "text", {"Content": "楼道的灯坏了一个多月，物业一直不修"})
    first = await push(dying.url, client, xml, open_id)  # its answer never reaches WeChat: the server died
    retry = await push(other.url, client, xml, open_id)
    assert retry == first and retry is not None
    assert "收到：楼道的灯坏了一个多月，物业一直不修" in retry and "回复 1：对，提交" in retry
    assert dying.agent.handled == ["楼道的灯坏了一个多月，物业一直不修"] and other.agent.handled == []
    msg_id = parse_message(xml).msg_id
    assert [event.message_id for event in await user_events(other.agent, open_id)] == [f"wechat-{msg_id}"]
    # marked finished now: a third try is answered from the shared memory, still no run
    again = await push(other.url, client, xml, open_id)
    assert again == retry and other.agent.handled == []


async def test_a_turn_lost_with_the_server_is_run_by_the_other_once(
    two_servers: tuple[Server, Server],
) -> None:
    dying, other = two_servers
    client, open_id = WireClient(TOKEN), "oTakeover-lost"
    earlier = client.message(open_id, "text", {"Content": "我要反映工资拖欠"})
    await push(other.url, client, earlier, open_id)
    xml = client.message(open_id, "text", {"Content": "拖了三个月了"})
    dying.took_and_died(xml)
    retry = await push(other.url, client, xml, open_id)
    assert retry is not None and "收到：拖了三个月了" in retry
    assert other.agent.handled == ["我要反映工资拖欠", "拖了三个月了"] and dying.agent.handled == []
    assert [event.text for event in await user_events(other.agent, open_id)] == [
        "我要反映工资拖欠",
        "拖了三个月了",
    ]


async def test_an_earlier_message_of_the_conversation_is_not_taken_for_this_one(
    two_servers: tuple[Server, Server],
) -> None:
    dying, other = two_servers
    client, open_id = WireClient(TOKEN), "oTakeover-earlier"
    await push(dying.url, client, client.message(open_id, "text", {"Content": "噪音扰民"}), open_id)
    xml = client.message(open_id, "text", {"Content": "每天晚上十一点以后还在装修"})
    dying.took_and_died(xml)
    retry = await push(other.url, client, xml, open_id)
    assert retry is not None and "收到：每天晚上十一点以后还在装修" in retry and "噪音扰民" not in retry
    assert other.agent.handled == ["每天晚上十一点以后还在装修"]
