"""The tracker store's database calls run off the event loop: a slow query or commit holds up only the message
that waits for it, the rows and the save counting stay as they were."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import sqlalchemy as sa
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_plugins.tracker_store import STORED_EVENTS, DatabaseUrlTrackerStore, db_thread_count

DOMAIN = Domain.from_yaml("version: '3.1'\nslots:\n  phone:\n    type: text\n    mappings: []\n")


def _store(tmp_path: Path) -> DatabaseUrlTrackerStore:
    return DatabaseUrlTrackerStore(
        domain=DOMAIN, database_url=f"sqlite:///{tmp_path / 'intake.db'}", encryption_key=""
    )


def _turn(tracker: DialogueStateTracker, text: str) -> None:
    tracker.update(UserUttered(text, {"name": "tell_problem", "confidence": 0.9}))
    tracker.update(BotUttered("好的，我记下了。"))
    tracker.update(ActionExecuted("action_listen"))


def _count(store: DatabaseUrlTrackerStore, sender: str) -> int:
    with store.engine.connect() as connection:
        query = sa.text("SELECT count(*) FROM events WHERE sender_id = :s")
        return connection.execute(query, {"s": sender}).scalar()


def test_threads_per_database() -> None:
    assert db_thread_count(sa.create_engine("sqlite://")) == 0  # in memory: the opening thread's
    assert db_thread_count(sa.create_engine("postgresql://intake@db.internal/intake")) == 5
    pooled = sa.create_engine("postgresql://intake@db.internal/intake", pool_size=20)
    assert db_thread_count(pooled) == 8


async def test_the_loop_runs_while_a_query_waits(tmp_path: Path, monkeypatch) -> None:
    store = _store(tmp_path)
    assert db_thread_count(store.engine) == 1  # an SQLite file: one writer
    tracker = await store.get_or_create_tracker("citizen-1")
    _turn(tracker, "楼下烧烤店油烟扰民，晚上十一点还在营业")
    await store.save(tracker)
    where: list[str] = []
    rows = store._rows

    def slow_rows(statement, sender_id):
        where.append(threading.current_thread().name)
        time.sleep(0.3)  # a PostgreSQL round trip under load
        return rows(statement, sender_id)

    monkeypatch.setattr(store, "_rows", slow_rows)
    ticks = 0

    async def other_conversations() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    ticker = asyncio.create_task(other_conversations())
    again = await store.retrieve("citizen-1")
    ticker.cancel()
    assert where and where[0].startswith("tracker-store") and ticks >= 10
    assert getattr(again, STORED_EVENTS) == len(again.events) == len(tracker.events)


async def test_a_save_whose_message_was_cancelled_still_counts(tmp_path: Path, monkeypatch) -> None:
    store = _store(tmp_path)
    tracker = await store.get_or_create_tracker("citizen-2")
    _turn(tracker, "欠薪三个月了，老板不接电话")
    insert = store._insert_new_events
    started = threading.Event()

    def slow_insert(tracker, total):
        started.set()
        time.sleep(0.2)
        insert(tracker, total)

    monkeypatch.setattr(store, "_insert_new_events", slow_insert)
    save = asyncio.create_task(store.save(tracker))
    while not started.is_set():
        await asyncio.sleep(0.01)
    save.cancel()
    await asyncio.sleep(0.4)  # the thread finishes the save
    assert getattr(tracker, STORED_EVENTS) == len(tracker.events) == _count(store, "citizen-2")
    monkeypatch.undo()
    await store.save(tracker)  # nothing written twice
    _turn(tracker, "我叫王建国")
    await store.save(tracker)
    assert _count(store, "citizen-2") == len(tracker.events) == 7


async def test_conversations_saved_at_once_keep_their_own_rows(tmp_path: Path) -> None:
    store = _store(tmp_path)
    trackers = [await store.get_or_create_tracker(f"citizen-{n}") for n in range(3, 9)]
    for n, tracker in enumerate(trackers):
        _turn(tracker, f"第{n}件事：路灯坏了")
    await asyncio.gather(*(store.save(t) for t in trackers))
    for tracker in trackers:
        _turn(tracker, "还有，井盖也丢了")
    await asyncio.gather(*(store.save(t) for t in trackers))
    assert [_count(store, t.sender_id) for t in trackers] == [7] * 6
