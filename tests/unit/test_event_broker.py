"""The masking event broker: what leaves through any of Rasa's brokers has no ID number in clear."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.utils.endpoints import EndpointConfig

from bot.ops.settings import get_settings
from bot.rasa_plugins.event_broker import BrokerConfigError, MaskingEventBroker, check_inner, same_database
from bot.rasa_plugins.tracker_store import DatabaseUrlTrackerStore

ID = "11010519491231002X"  # the standard's own example, valid check character
MASKED = "110105********002X"
DOMAIN = Domain.from_yaml("version: '3.1'\nslots:\n  id_number:\n    type: text\n    mappings: []\n")


@pytest.fixture(autouse=True)
def tracker_database(tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'intake.db'}")
    get_settings.cache_clear()
    yield f"sqlite:///{tmp_path / 'intake.db'}"
    get_settings.cache_clear()


async def _broker(inner: dict) -> EventBroker:
    # the path Rasa takes for `event_broker:` in endpoints.yml
    config = EndpointConfig(type="bot.rasa_plugins.event_broker.MaskingEventBroker", inner=inner)
    broker = await EventBroker.create(config)
    assert isinstance(broker, MaskingEventBroker)
    return broker


async def _save_a_turn(store_url: str, broker: EventBroker) -> None:
    store = DatabaseUrlTrackerStore(domain=DOMAIN, database_url=store_url, event_broker=broker)
    tracker = await store.get_or_create_tracker("citizen-7")
    tracker.update(UserUttered(f"身份证号{ID}，电话13800138000", {"name": "inform", "confidence": 0.9}))
    tracker.update(SlotSet("id_number", ID))
    tracker.update(ActionExecuted("action_listen"))
    await store.save(tracker)


async def test_a_file_broker_receives_the_turn_masked(tmp_path: Path, tracker_database: str) -> None:
    log = tmp_path / "events.log"
    broker = await _broker({"type": "file", "path": str(log)})
    await _save_a_turn(tracker_database, broker)
    lines = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    user = next(e for e in lines if e["event"] == "user")
    assert user["text"] == user["parse_data"]["text"] == f"身份证号{MASKED}，电话138****8000"
    assert user["sender_id"] == "citizen-7"
    assert next(e for e in lines if e["event"] == "slot")["value"] == MASKED
    assert ID not in log.read_text(encoding="utf-8") and "13800138000" not in log.read_text(encoding="utf-8")


async def test_an_sql_broker_on_its_own_database_receives_the_turn_masked(
    tmp_path: Path, tracker_database: str
) -> None:
    broker = await _broker({"type": "sql", "dialect": "sqlite", "db": str(tmp_path / "analytics.db")})
    await _save_a_turn(tracker_database, broker)
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'analytics.db'}")
    with engine.connect() as connection:
        rows = [json.loads(r[0]) for r in connection.execute(sa.text("SELECT data FROM events"))]
    assert {r["event"] for r in rows} >= {"user", "slot", "action"}
    assert not any(ID in json.dumps(r, ensure_ascii=False) for r in rows)
    await broker.close()


async def test_an_sql_broker_on_the_tracker_database_is_refused(tracker_database: str) -> None:
    db = tracker_database.removeprefix("sqlite:///")
    with pytest.raises(BrokerConfigError, match="events"):
        await EventBroker.create(
            EndpointConfig(
                type="bot.rasa_plugins.event_broker.MaskingEventBroker",
                inner={"type": "sql", "dialect": "sqlite", "db": db},
            )
        )


@pytest.mark.parametrize("inner", [None, {}, {"path": "x.log"}, "file"])
def test_a_missing_inner_broker_is_a_clear_error(inner) -> None:
    with pytest.raises(BrokerConfigError, match="inner"):
        check_inner(inner, "sqlite:///intake.db")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("sqlite:///var/intake.db", "sqlite:///./var/../var/intake.db", True),
        ("sqlite:///var/intake.db", "sqlite:///var/events.db", False),
        ("postgresql://u:p@db:5432/intake", "postgresql+psycopg2://other@db:5432/intake", True),
        ("postgresql://u@db:5432/intake", "postgresql://u@db:5432/events", False),
        ("postgresql://u@db/intake", "sqlite:///intake", False),
    ],
)
def test_same_database(a: str, b: str, same: bool) -> None:
    assert same_database(a, b) is same
