"""The tracker store writes each event exactly once: the same rows as Rasa's own SQLTrackerStore."""

from __future__ import annotations

import json
import time
from pathlib import Path

import sqlalchemy as sa
from cryptography.fernet import Fernet
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_plugins.event_privacy import restored_event, stored_event
from bot.rasa_plugins.tracker_store import STORED_EVENTS, DatabaseUrlTrackerStore

KEY = Fernet.generate_key().decode()

DOMAIN = Domain.from_yaml("version: '3.1'\nslots:\n  phone:\n    type: text\n    mappings: []\n")
TURNS = (
    ("楼下烧烤店油烟扰民😤，晚上11点还在营业", "tell_problem"),
    ("我电话１３８００１３８０００", "inform"),
    ("对，提交", "affirm"),
)


def _turn(tracker: DialogueStateTracker, text: str, intent: str, at: float) -> None:
    tracker.update(UserUttered(text, {"name": intent, "confidence": 0.9}, timestamp=at))
    tracker.update(SlotSet("phone", "13800138000", timestamp=at))
    tracker.update(BotUttered(f"收到：{text[:4]}", timestamp=at))
    tracker.update(ActionExecuted("action_listen", timestamp=at))


def _rows(engine: sa.engine.Engine, sender: str, columns: str = "type_name, action_name") -> list[tuple]:
    with engine.connect() as connection:
        query = sa.text(f"SELECT {columns} FROM events WHERE sender_id = :s ORDER BY id")
        return [tuple(row) for row in connection.execute(query, {"s": sender})]


async def _converse(store, sender: str, start: float) -> DialogueStateTracker:
    """Rasa's cycle for every message: get or create the tracker, add the turn, save."""
    for i, (text, intent) in enumerate(TURNS):
        tracker = await store.get_or_create_tracker(sender)
        _turn(tracker, text, intent, start + i)
        await store.save(tracker)
    return tracker


def _opened(row: tuple) -> tuple:
    return (*row[:4], restored_event(json.loads(row[4]), KEY))


def _masked_texts(row: tuple) -> tuple:
    data = json.loads(row[4])
    return (*row[:4], data if data["event"] == "slot" else stored_event(data))


async def test_rows_match_rasas_own_store(tmp_path: Path) -> None:
    ours = DatabaseUrlTrackerStore(
        domain=DOMAIN, database_url=f"sqlite:///{tmp_path / 'ours.db'}", encryption_key=KEY
    )
    rasas = SQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "rasa.db"))
    await _converse(ours, "citizen-1", 1000.0)
    await _converse(rasas, "citizen-1", 1000.0)
    every = "sender_id, type_name, intent_name, action_name, data"
    ours_rows, rasas_rows = _rows(ours.engine, "citizen-1", every), _rows(rasas.engine, "citizen-1", every)
    # the tracker each store makes for a new conversation starts with an action_listen stamped "now"
    assert [r[:4] for r in ours_rows] == [r[:4] for r in rasas_rows]
    # opened, each row is Rasa's with the numbers in message texts masked (bot.rasa_plugins.event_privacy)
    assert [_opened(r) for r in ours_rows[1:]] == [_masked_texts(r) for r in rasas_rows[1:]]
    assert not any("13800138000" in r[4] or "１３８００１３８０００" in r[4] for r in ours_rows)
    assert ("citizen-1", "user", "inform", None) in [r[:4] for r in ours_rows]
    assert len(_rows(ours.engine, "citizen-1")) == 1 + 4 * len(TURNS)  # action_listen + 4 per turn


async def test_a_retrieved_tracker_knows_its_rows_and_a_save_updates_it(tmp_path: Path) -> None:
    store = DatabaseUrlTrackerStore(domain=DOMAIN, database_url=f"sqlite:///{tmp_path / 'intake.db'}")
    await _converse(store, "citizen-2", 2000.0)
    tracker = await store.retrieve("citizen-2")
    assert getattr(tracker, STORED_EVENTS) == len(tracker.events) == 13
    _turn(tracker, "还有，路灯也坏了", "tell_problem", 2010.0)
    await store.save(tracker)
    await store.save(tracker)  # a second save of the same state writes nothing
    assert getattr(tracker, STORED_EVENTS) == 17
    assert len(_rows(store.engine, "citizen-2")) == 17
    again = await store.retrieve("citizen-2")
    assert [e.text for e in again.events if isinstance(e, UserUttered)][-1] == "还有，路灯也坏了"


async def test_a_new_session_is_stored_once_and_retrieved_alone(tmp_path: Path) -> None:
    store = DatabaseUrlTrackerStore(domain=DOMAIN, database_url=f"sqlite:///{tmp_path / 'intake.db'}")
    await _converse(store, "citizen-3", time.time())
    tracker = await store.retrieve("citizen-3")
    later = time.time() + 3600  # the session query compares timestamps
    tracker.update(ActionExecuted("action_session_start", timestamp=later))
    tracker.update(SessionStarted(timestamp=later))
    tracker.update(ActionExecuted("action_listen", timestamp=later))
    _turn(tracker, "上次的事有进展吗？", "check_progress", later + 1)
    await store.save(tracker)
    assert len(_rows(store.engine, "citizen-3")) == 13 + 3 + 4
    session = await store.retrieve("citizen-3")
    assert isinstance(session.events[1], SessionStarted)  # after action_session_start
    assert len(session.events) == getattr(session, STORED_EVENTS) == 2 + 1 + 4
    full = await store.retrieve_full_tracker("citizen-3")
    assert len(full.events) == 20 and not hasattr(full, STORED_EVENTS)


async def test_a_tracker_made_elsewhere_falls_back_to_counting_rows(tmp_path: Path) -> None:
    store = DatabaseUrlTrackerStore(domain=DOMAIN, database_url=f"sqlite:///{tmp_path / 'intake.db'}")
    await _converse(store, "citizen-4", 5000.0)
    rebuilt = DialogueStateTracker.from_events("citizen-4", list((await store.retrieve("citizen-4")).events))
    assert not hasattr(rebuilt, STORED_EVENTS)
    _turn(rebuilt, "谢谢", "thanks", 5010.0)
    await store.save(rebuilt)
    assert len(_rows(store.engine, "citizen-4")) == 17
