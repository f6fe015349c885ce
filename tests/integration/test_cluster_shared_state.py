"""WeChat's replay memory and access token shared in a real redis-server (started here on a free port), as
two Rasa servers of `make cluster` share them; and what happens while Redis does not answer."""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest
import redis
from rasa.core.lock_store import LockStore
from rasa.utils.endpoints import EndpointConfig

from bench.stack import free_port
from bot.channels.wechat.api import AccessTokenCache
from bot.channels.wechat.config import WeChatConfig
from bot.channels.wechat.endpoint import WeChatEndpoint
from bot.channels.wechat.fake_api import FakeWeChatAPI, ThreadedServer
from bot.channels.wechat.messages import parse_message
from bot.channels.wechat.replay import ReplayGuard, Seen
from bot.channels.wechat.reply import Option
from bot.channels.wechat.wire import WireClient
from bot.shared_state import access_token_cache, lock_store, option_store, replay_guard
from bot.shared_state.lock_store import ResilientRedisLockStore
from bot.shared_state.replay import RedisReplayGuard
from bot.shared_state.tokens import RedisAccessTokenCache

TOKEN, APP_ID, SECRET = "wechat-token-cluster", "wx00cluster0000000", "cluster-secret"


def start_redis(port: int, data: Path) -> subprocess.Popen:
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (scripts/ensure_redis.sh installs Debian's package)")
    argv = [binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(data), "--save", ""]
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    client = redis.Redis(port=port)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            return process
        except redis.ConnectionError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise
            time.sleep(0.05)


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    process = start_redis(port, tmp_path_factory.mktemp("redis"))
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def shared(redis_url: str) -> str:
    redis.Redis.from_url(redis_url).flushdb()
    return redis_url


def _two_servers(url: str, ttl_s: float = 120.0) -> tuple[RedisReplayGuard, RedisReplayGuard]:
    return RedisReplayGuard(url, ttl_s, ReplayGuard(ttl_s)), RedisReplayGuard(url, ttl_s, ReplayGuard(ttl_s))


def test_a_message_seen_by_one_server_is_a_repeat_on_the_other(shared: str) -> None:
    one, other = _two_servers(shared)
    assert one.check("t1:n1", "msg-1") is Seen.NEW
    assert other.check("t1:n1", "msg-1") is Seen.AGAIN  # WeChat's retry, reaching the other server
    assert other.check("t2:n2", "msg-1") is Seen.AGAIN  # a retry with a fresh nonce
    assert other.check("t1:n1", "msg-2") is Seen.FORGED  # a captured nonce with another message
    assert one.check("t3:n3", "msg-3") is Seen.NEW


def test_the_memory_lasts_the_whole_replay_window(shared: str) -> None:
    one, _ = _two_servers(shared, ttl_s=1200)
    one.check("t:n", "msg-ttl")
    ttl_ms = redis.Redis.from_url(shared).pttl("intake:wechat:msg:msg-ttl")
    assert 1_190_000 < ttl_ms <= 1_200_000


def test_a_run_that_never_finished_is_taken_over_and_a_finished_one_is_not(shared: str) -> None:
    one, other = _two_servers(shared)
    one.check("t:a", "died-mid-run")
    assert not other.finished("died-mid-run")
    one.check("t:b", "done-run")
    one.finish("done-run", "收到，请问事情发生在哪里？")
    assert other.finished("done-run") and other.reply_of("done-run") == "收到，请问事情发生在哪里？"
    one.check("t:c", "silent-run")
    one.finish("silent-run")  # an event with no reply: finished, nothing to repeat
    assert other.finished("silent-run") and other.reply_of("silent-run") is None


def test_without_redis_each_process_still_remembers_its_own() -> None:
    guard = RedisReplayGuard(f"redis://127.0.0.1:{free_port()}/0", 120, ReplayGuard(120))
    assert guard.check("t:n", "msg") is Seen.NEW
    assert guard.check("t:m", "msg") is Seen.AGAIN
    assert guard.check("t:n", "other") is Seen.FORGED
    assert guard.finished("msg")  # unknown: never run a message twice


def test_the_factories_keep_the_process_default_without_a_url(shared: str) -> None:
    assert isinstance(replay_guard(60), ReplayGuard)
    assert isinstance(replay_guard(60, shared), RedisReplayGuard)
    assert isinstance(access_token_cache("http://x", "wx-a", "s"), AccessTokenCache)
    assert isinstance(access_token_cache("http://x", "wx-a", "s", shared), RedisAccessTokenCache)


@pytest.fixture
def wechat_api() -> Iterator[tuple[FakeWeChatAPI, str]]:
    api = FakeWeChatAPI(APP_ID, SECRET)
    with ThreadedServer(api.app()) as server:
        yield api, server.url


def test_servers_share_one_access_token_and_replace_a_bad_one_once(
    shared: str, wechat_api: tuple[FakeWeChatAPI, str]
) -> None:
    api, base = wechat_api
    servers = [RedisAccessTokenCache(shared, AccessTokenCache(base, APP_ID, SECRET)) for _ in range(4)]

    async def everyone_asks() -> list[str]:
        async with aiohttp.ClientSession() as session:
            return list(await asyncio.gather(*(s.get(session) for s in servers for _ in range(5))))

    tokens = asyncio.run(everyone_asks())
    assert len(set(tokens)) == 1 and api.token_requests == 1
    servers[2].invalidate(tokens[0])
    servers[3].invalidate(tokens[0])  # a second server finding the same bad token deletes nothing new
    again = asyncio.run(everyone_asks())
    assert len(set(again)) == 1 and again[0] != tokens[0] and api.token_requests == 2


def test_without_redis_the_token_comes_from_this_process(wechat_api: tuple[FakeWeChatAPI, str]) -> None:
    api, base = wechat_api
    cache = RedisAccessTokenCache(
        f"redis://127.0.0.1:{free_port()}/0", AccessTokenCache(base, APP_ID, SECRET)
    )

    async def twice() -> list[str]:
        async with aiohttp.ClientSession() as session:
            return [await cache.get(session), await cache.get(session)]

    first, second = asyncio.run(twice())
    assert first == second and api.token_requests == 1


class CountingBot:
    def __init__(self) -> None:
        self.calls: list[str] = []

    async def __call__(self, open_id: str, text: str, metadata: dict) -> list[dict]:
        self.calls.append(text)
        return [{"text": f"收到：{text}"}]


def _endpoint(url: str, bot: CountingBot) -> WeChatEndpoint:
    config = WeChatConfig(token=TOKEN, app_id=APP_ID)
    return WeChatEndpoint(config, bot, replays=replay_guard(config.replay_ttl_s, url))


def test_a_retry_reaching_the_other_server_is_answered_not_run_twice(shared: str) -> None:
    bot_a, bot_b = CountingBot(), CountingBot()
    a, b = _endpoint(shared, bot_a), _endpoint(shared, bot_b)
    client = WireClient(TOKEN)
    xml = client.message("oCitizen1", "text", {"Content": "楼下烧烤店太吵了"})

    async def push_twice() -> tuple[str, str]:
        first = await a.receive(*client.request(xml, "plaintext", "oCitizen1"))
        retry = await b.receive(*client.request(xml, "plaintext", "oCitizen1"))
        return first.body, retry.body

    first, retry = asyncio.run(push_twice())
    # the first answer got lost on its way (that is why WeChat retries): the other server gives the same one
    assert "收到：楼下烧烤店太吵了" in first and "收到：楼下烧烤店太吵了" in retry
    assert bot_a.calls == ["楼下烧烤店太吵了"] and bot_b.calls == []


def test_a_message_whose_server_died_mid_run_is_run_by_the_other(shared: str) -> None:
    bot_b = CountingBot()
    dead = RedisReplayGuard(shared, 120, ReplayGuard(120))
    b = _endpoint(shared, bot_b)
    client = WireClient(TOKEN)
    xml = client.message("oCitizen2", "text", {"Content": "工资被拖欠三个月"})
    dead.check(
        "died:nonce", parse_message(xml.encode()).dedup_key
    )  # the dead server took it and never finished
    retry = asyncio.run(b.receive(*client.request(xml, "plaintext", "oCitizen2")))
    assert "收到：工资被拖欠三个月" in retry.body and bot_b.calls == ["工资被拖欠三个月"]


def test_rasa_builds_the_lock_store_from_the_cluster_endpoints(shared: str) -> None:
    port = int(shared.rsplit(":", 1)[1].split("/")[0])
    config = EndpointConfig(
        type="bot.shared_state.lock_store.ResilientRedisLockStore", url="127.0.0.1", port=port, db=1,
        key_prefix="intake",
    )  # fmt: skip
    store = LockStore.create(config)
    assert isinstance(store, ResilientRedisLockStore)

    async def twice() -> list[bool]:
        async with store.lock("citizen-1") as first:
            held = [store.get_lock("citizen-1") is not None, first.conversation_id == "citizen-1"]
        return [*held, store.get_lock("citizen-1") is None]  # released

    assert asyncio.run(twice()) == [True, True, True]


def test_a_message_waits_for_a_restarting_redis_instead_of_failing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = free_port()
    store = ResilientRedisLockStore(host="127.0.0.1", port=port, db=1)
    started: list[subprocess.Popen] = []
    back = threading.Timer(0.6, lambda: started.append(start_redis(port, tmp_path)))
    back.start()

    async def handle(conversation: str) -> float:
        began = time.monotonic()
        async with store.lock(conversation):
            return time.monotonic() - began

    async def redis_dies_meanwhile() -> None:  # the message was handled: releasing is skipped, not an error
        async with store.lock("citizen-3"):
            for process in started:
                process.kill()
                process.wait(timeout=10)

    try:
        assert 0.5 < asyncio.run(handle("citizen-2")) < lock_store.WAIT_FOR_S
        asyncio.run(redis_dies_meanwhile())
    finally:
        back.join()
        for process in started:
            process.kill()
            process.wait(timeout=10)
    monkeypatch.setattr(lock_store, "WAIT_FOR_S", 0.3)
    with pytest.raises(redis.ConnectionError):  # Redis away for good: the message fails, it does not hang
        asyncio.run(handle("citizen-4"))


def test_a_message_queued_behind_a_killed_server_is_served_once_its_ticket_runs_out(shared: str) -> None:
    """kill -9 while a server holds a conversation: its ticket expires after the lifetime. The retry queued on
    the other server within that lifetime must then be served, not wait forever (Rasa's own loop lets the
    waiter's ticket expire as well, and an empty queue serves no ticket)."""
    port = int(shared.rsplit(":", 1)[1].split("/")[0])
    store = ResilientRedisLockStore(host="127.0.0.1", port=port, db=1, key_prefix="killed")
    store.issue_ticket("citizen-5", 1.0)  # the killed server's: never released

    async def retry_elsewhere() -> float:
        await asyncio.sleep(0.2)
        began = time.monotonic()
        # looks at the lock only every 1.5 s: past both the dead ticket's end and its own first lifetime
        async with store.lock("citizen-5", lock_lifetime=1.0, wait_time_in_seconds=1.5):
            return time.monotonic() - began

    waited = asyncio.run(asyncio.wait_for(retry_elsewhere(), timeout=6))
    assert 1.0 < waited < 4.0
    assert store.get_lock("citizen-5") is None  # released, nothing left behind for the next message


def _counting(store: ResilientRedisLockStore) -> list[str]:
    """The Redis commands the store sends from now on."""
    sent: list[str] = []
    execute = store.red.execute_command

    def counted(*args: object, **options: object) -> object:
        sent.append(str(args[0]))
        return execute(*args, **options)

    store.red.execute_command = counted  # type: ignore[method-assign]
    return sent


def test_an_uncontended_message_costs_five_round_trips_and_leaves_no_lock(shared: str) -> None:
    port = int(shared.rsplit(":", 1)[1].split("/")[0])
    store = ResilientRedisLockStore(host="127.0.0.1", port=port, db=1, key_prefix="trips")
    sent = _counting(store)

    async def one_message() -> None:
        async with store.lock("citizen-6"):
            pass

    asyncio.run(one_message())
    # issue (GET, SET), served at the first look (GET), released (GET, DEL); Rasa's own store sends seven
    assert sent == ["GET", "SET", "GET", "GET", "DEL"]
    assert store.get_lock("citizen-6") is None


def test_two_messages_of_one_conversation_still_take_turns(shared: str) -> None:
    port = int(shared.rsplit(":", 1)[1].split("/")[0])
    store = ResilientRedisLockStore(host="127.0.0.1", port=port, db=1, key_prefix="turns")
    order: list[str] = []

    async def message(name: str, delay: float) -> None:
        await asyncio.sleep(delay)
        async with store.lock("citizen-7", wait_time_in_seconds=0.05):
            order.append(f"{name} in")
            await asyncio.sleep(0.2)
            order.append(f"{name} out")

    async def both() -> None:
        await asyncio.gather(message("first", 0), message("second", 0.05))

    asyncio.run(both())
    assert order == ["first in", "first out", "second in", "second out"]
    assert store.get_lock("citizen-7") is None


def test_a_numbered_choice_is_understood_by_the_other_server(shared: str) -> None:
    offered = [Option(1, "对，提交", "/affirm"), Option(2, "需要修改", "/deny")]
    first, second = option_store(shared), option_store(shared)  # two Rasa servers' stores
    first.remember("openid-options", offered)
    assert second.resolve("openid-options", "２") == offered[1]
    assert second.resolve("openid-options", "我想改一下电话") is None  # a sentence is no choice
    second.forget("openid-options")  # answered: a later "1" is just text again, on every server
    assert first.resolve("openid-options", "1") is None


def test_options_stay_in_this_process_while_redis_does_not_answer() -> None:
    store = option_store(f"redis://127.0.0.1:{free_port()}/0")  # nothing listens there
    store.remember("openid-down", [Option(1, "是", "/affirm")])
    assert store.resolve("openid-down", "1") == Option(1, "是", "/affirm")


def _slowed(store: ResilientRedisLockStore, seconds: float) -> list[str]:
    """Every Redis command answers after `seconds` (a Redis the scheduler has not got to); returns the names of
    the threads the commands were sent from."""
    threads: list[str] = []
    execute = store.red.execute_command

    def slow(*args: object, **options: object) -> object:
        threads.append(threading.current_thread().name)
        time.sleep(seconds)
        return execute(*args, **options)

    store.red.execute_command = slow  # type: ignore[method-assign]
    return threads


def test_the_redis_calls_leave_the_event_loop_free(shared: str) -> None:
    """While Redis is slow to answer, the server's other conversations go on: the lock store's calls run in
    its own threads, not on the event loop."""
    port = int(shared.rsplit(":", 1)[1].split("/")[0])
    store = ResilientRedisLockStore(host="127.0.0.1", port=port, db=1, key_prefix="offloop")
    threads = _slowed(store, 0.05)

    async def one_message_and_a_ticker() -> int:
        ticks = 0
        done = asyncio.Event()

        async def ticker() -> None:
            nonlocal ticks
            while not done.is_set():
                ticks += 1
                await asyncio.sleep(0.005)

        running = asyncio.ensure_future(ticker())
        async with store.lock("citizen-8"):
            pass
        done.set()
        await running
        return ticks

    ticks = asyncio.run(one_message_and_a_ticker())
    assert len(threads) == 5 and all(name.startswith("lock-store") for name in threads)
    assert ticks >= 20  # five 50 ms round trips: the loop ran on (blocked, it would tick once or twice)
    assert store.get_lock("citizen-8") is None


def test_a_message_cancelled_while_taking_its_ticket_gives_it_back(shared: str) -> None:
    """A client that hangs up while its message takes a ticket: the ticket is released once taken, so the
    citizen's next message is served at once, not after the ticket's lifetime."""
    port = int(shared.rsplit(":", 1)[1].split("/")[0])
    store = ResilientRedisLockStore(host="127.0.0.1", port=port, db=1, key_prefix="cancel")
    _slowed(store, 0.1)

    async def cancelled_then_next() -> float:
        async def message() -> None:
            async with store.lock("citizen-9"):
                await asyncio.sleep(10)

        first = asyncio.ensure_future(message())
        await asyncio.sleep(0.15)  # inside the ticket's round trips
        first.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await first
        await asyncio.sleep(0.6)  # the rest of the hop, then the release
        began = time.monotonic()
        async with store.lock("citizen-9", wait_time_in_seconds=0.05):
            return time.monotonic() - began

    assert asyncio.run(cancelled_then_next()) < 1.0  # not the ticket's lifetime (TICKET_LOCK_LIFETIME)
    assert store.get_lock("citizen-9") is None
