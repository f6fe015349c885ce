"""The SQLite tracker store keeps its connections open, in WAL mode with synchronous=NORMAL."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.pool import NullPool, QueuePool

from bot.rasa_plugins.tracker_store import DatabaseUrlTrackerStore, pooled_sqlite_engine

DOMAIN = Domain.from_yaml("version: '3.1'\nslots:\n  phone:\n    type: text\n    mappings: []\n")
NORMAL = 1


def _tracker(sender: str, text: str) -> DialogueStateTracker:
    tracker = DialogueStateTracker(sender, DOMAIN.slots)
    tracker.update(ActionExecuted("action_listen"))
    tracker.update(UserUttered(text, {"name": "tell_problem", "confidence": 0.9}))
    tracker.update(SlotSet("phone", "１３８００１３８０００"))
    tracker.update(BotUttered("好的，我记下了。"))
    return tracker


def _pragmas(engine: sa.engine.Engine) -> tuple[str, int]:
    with engine.connect() as connection:
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
        sync = connection.exec_driver_sql("PRAGMA synchronous").scalar()
    return str(mode).lower(), int(sync)


def test_file_store_is_pooled_in_wal_with_normal_sync(tmp_path: Path) -> None:
    store = DatabaseUrlTrackerStore(domain=DOMAIN, database_url=f"sqlite:///{tmp_path / 'intake.db'}")
    assert isinstance(store.engine.pool, QueuePool)
    assert _pragmas(store.engine) == ("wal", NORMAL)
    assert "events" in sa.inspect(store.engine).get_table_names()


async def test_turns_saved_one_after_another_come_back_in_order(
    tmp_path: Path, monkeypatch, id_key: str
) -> None:
    monkeypatch.setenv(
        "ID_ENCRYPTION_KEY", id_key
    )  # the phone slot is sealed with it (a fresh clone has no .env)
    store = DatabaseUrlTrackerStore(domain=DOMAIN, database_url=f"sqlite:///{tmp_path / 'intake.db'}")
    tracker = _tracker("citizen-7", "楼下烧烤店油烟扰民😤，晚上11点还在营业")
    await store.save(tracker)
    tracker.update(ActionExecuted("action_listen"))
    tracker.update(UserUttered("我叫王建國", {"name": "inform", "confidence": 0.8}))
    await store.save(tracker)
    restored = await store.retrieve("citizen-7")
    assert [e.text for e in restored.events if isinstance(e, UserUttered)] == [
        "楼下烧烤店油烟扰民😤，晚上11点还在营业",
        "我叫王建國",
    ]
    assert len(restored.events) == len(tracker.events)
    assert restored.get_slot("phone") == "１３８００１３８０００"


async def test_a_second_process_sees_every_committed_turn(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    writer = DatabaseUrlTrackerStore(domain=DOMAIN, database_url=url)
    reader = DatabaseUrlTrackerStore(domain=DOMAIN, database_url=url)
    assert await reader.retrieve("citizen-8") is None  # its pooled connection stays open
    await writer.save(_tracker("citizen-8", "路灯坏了一个多月没人修"))
    restored = await reader.retrieve("citizen-8")
    assert restored is not None and restored.latest_message.text == "路灯坏了一个多月没人修"


def test_memory_and_other_databases_keep_their_engine() -> None:
    memory = sa.create_engine("sqlite://")
    assert pooled_sqlite_engine(memory) is memory
    postgres = sa.create_engine("postgresql://u:p@db.internal/petitions", poolclass=NullPool)
    assert pooled_sqlite_engine(postgres) is postgres
