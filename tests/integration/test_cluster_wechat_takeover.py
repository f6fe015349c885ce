"""Exactly once across a kill -9, on the cluster's own engines: a real redis-server (replay memory and Rasa's lock
store, `bot.shared_state`) and PostgreSQL (the cluster's tracker store). The killed server had saved the
turn, still held the conversation's lock and never marked the message finished; WeChat's retry reaches the
other server, which waits for the dead ticket to run out and answers from the conversation, once."""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import redis
import sqlalchemy as sa
from rasa.shared.core.domain import Domain
from sanic import Sanic

from bot.channels.wechat.channel import WeChatInput
from bot.channels.wechat.config import WeChatConfig
from bot.channels.wechat.messages import parse_message
from bot.channels.wechat.replay import ReplayGuard
from bot.channels.wechat.wire import WireClient
from bot.rasa_plugins.resilient_tracker_store import ResilientTrackerStore
from bot.shared_state.lock_store import ResilientRedisLockStore
from bot.shared_state.replay import RedisReplayGuard
from tests.integration.test_cluster_shared_state import start_redis
from tests.integration.test_wechat_takeover import CountingAgent, push, rasa_servers, user_events
from tests.sanic_serving import free_port

TOKEN, APP_ID = "wechat-token-pg-takeover", "wx00pgtakeover000"
DEAD_TICKET_S = 1.5  # what is left of the killed server's lock (TICKET_LOCK_LIFETIME is 15 s in the cluster)


class DiesBeforeFinishing(RedisReplayGuard):
    """The killed server: it saw the message in the shared memory and never got to mark it finished."""

    def finish(self, message_key: str, reply: str | None = None) -> None:
        return None


GUARDS = (DiesBeforeFinishing, RedisReplayGuard)  # the killed server, the one WeChat's retry reaches


@pytest.fixture(scope="module")
def redis_port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    port = free_port()
    process = start_redis(port, tmp_path_factory.mktemp("redis-takeover"))
    try:
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def tracker_db(postgres_url: str) -> Iterator[str]:
    """A database of its own on the session's PostgreSQL, as the cluster's `intake` database."""
    name = f"takeover_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(postgres_url, isolation_level="AUTOCOMMIT", future=True)
    with admin.connect() as connection:
        connection.execute(sa.text(f"CREATE DATABASE {name}"))
    try:
        yield str(sa.engine.make_url(postgres_url).set(database=name))
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f"DROP DATABASE {name} WITH (FORCE)"))
        admin.dispose()


@dataclass
class Cluster:
    urls: list[str]
    agents: list[CountingAgent]
    locks: ResilientRedisLockStore
    redis: redis.Redis


@pytest.fixture
async def cluster(
    redis_port: int, tracker_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Cluster]:
    monkeypatch.setattr(Sanic, "test_mode", True)
    shared = redis.Redis(port=redis_port)
    shared.flushall()
    redis_url = f"redis://127.0.0.1:{redis_port}/0"
    store = ResilientTrackerStore(Domain.empty(), database_url=tracker_db, encryption_key="")
    locks = ResilientRedisLockStore(host="127.0.0.1", port=redis_port, db=1, key_prefix="takeover")
    config = WeChatConfig(token=TOKEN, app_id=APP_ID, max_clock_skew_s=0)
    channels = [WeChatInput(config, replays=guard(redis_url, 120, ReplayGuard(120))) for guard in GUARDS]
    agents = [CountingAgent(store, locks) for _ in channels]
    async with rasa_servers(list(zip(channels, agents, strict=True))) as urls:
        yield Cluster(urls, agents, locks, shared)
    store.engine.dispose()


async def test_the_retry_after_a_kill_waits_for_the_dead_lock_and_is_answered_once(cluster: Cluster) -> None:
    (killed, other), (killed_agent, other_agent) = cluster.urls, cluster.agents
    client, open_id = WireClient(TOKEN), "oPgTakeover"
    first_xml = client.message(open_id, "text", {"Content": "村里的路坏了三年没人修"})
    assert await push(killed, client, first_xml, open_id)  # an earlier message, finished normally
    xml = client.message(open_id, "text", {"Content": "下雨天孩子上学都要绕路走"})
    lost = await push(killed, client, xml, open_id)  # saved; the answer never left: kill -9
    cluster.locks.issue_ticket(open_id, DEAD_TICKET_S)  # it died holding the conversation's lock
    began = time.monotonic()
    retry = await push(other, client, xml, open_id)
    waited = time.monotonic() - began
    assert retry == lost and retry is not None and "收到：下雨天孩子上学都要绕路走" in retry
    assert killed_agent.handled == ["村里的路坏了三年没人修", "下雨天孩子上学都要绕路走"]
    assert other_agent.handled == [] and DEAD_TICKET_S * 0.6 < waited < 10
    msg_ids = [event.message_id for event in await user_events(other_agent, open_id)]
    assert msg_ids == [f"wechat-{parse_message(first_xml).msg_id}", f"wechat-{parse_message(xml).msg_id}"]
    # marked finished in Redis by the server that took it over: no third look, no run
    assert cluster.redis.exists(f"intake:wechat:done:{parse_message(xml).dedup_key}")
