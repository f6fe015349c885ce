"""The custom tracker store: DATABASE_URL → SQLTrackerStore, loaded the way endpoints.yml loads it."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from rasa.core.tracker_store import InMemoryTrackerStore, SQLTrackerStore, create_tracker_store
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig, read_endpoint_config

from bot.ops.settings import PROJECT_ROOT, get_settings
from bot.rasa_plugins.tracker_store import DatabaseUrlTrackerStore, sql_params_from_url

DOMAIN = Domain.from_yaml("version: '3.1'\nslots:\n  phone:\n    type: text\n    mappings: []\n")


@pytest.fixture(autouse=True)
def _fresh_settings():
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def _events(db: Path, sender: str) -> list[tuple[str, str | None]]:
    engine = sa.create_engine(f"sqlite:///{db}")
    with engine.connect() as connection:
        rows = connection.execute(
            sa.text("SELECT type_name, intent_name FROM events WHERE sender_id = :s ORDER BY id"),
            {"s": sender},
        ).all()
    engine.dispose()
    return [tuple(row) for row in rows]


def _tracker(sender: str) -> DialogueStateTracker:
    tracker = DialogueStateTracker(sender, DOMAIN.slots)
    tracker.update(ActionExecuted("action_listen"))
    tracker.update(
        UserUttered("我家楼下烧烤店噪音扰民，已经三个月了😡", {"name": "report_issue", "confidence": 0.9})
    )
    tracker.update(SlotSet("phone", "138****5678"))
    tracker.update(BotUttered("好的，我记下了。"))
    return tracker


def test_sqlite_url_becomes_a_file_database() -> None:
    params = sql_params_from_url("sqlite:////srv/intake/var/intake.db")
    assert params["dialect"] == "sqlite"
    assert params["db"] == "/srv/intake/var/intake.db"
    assert params["host"] is None and params["username"] is None


def test_postgres_url_is_split_into_parts_with_decoded_password() -> None:
    params = sql_params_from_url(
        "postgresql+psycopg2://intake:p%40ss%2Fw0rd@db.internal:6543/petitions?sslmode=require"
    )
    assert params == {
        "dialect": "postgresql+psycopg2",
        "host": "db.internal",
        "port": 6543,
        "db": "petitions",
        "username": "intake",
        "password": "p@ss/w0rd",
        "query": {"sslmode": "require"},
    }
    rebuilt = SQLTrackerStore.get_db_url(**{k: v for k, v in params.items()})
    assert rebuilt.render_as_string(hide_password=False).startswith(
        "postgresql+psycopg2://intake:p%40ss%2Fw0rd@"
    )


def test_heroku_style_postgres_scheme_is_accepted() -> None:
    assert sql_params_from_url("postgres://u:p@h/db")["dialect"] == "postgresql"


async def test_saved_tracker_shows_up_in_events_table(tmp_path: Path) -> None:
    db = tmp_path / "nested" / "dir" / "intake.db"  # the directory does not exist yet
    store = DatabaseUrlTrackerStore(domain=DOMAIN, database_url=f"sqlite:///{db}")
    await store.save(_tracker("citizen-1"))
    rows = _events(db, "citizen-1")
    assert ("user", "report_issue") in rows
    assert [kind for kind, _ in rows].count("bot") == 1
    restored = await store.retrieve("citizen-1")
    assert restored.get_slot("phone") == "138****5678"
    assert restored.latest_message.text.startswith("我家楼下烧烤店")


async def test_reads_database_url_from_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "from-env.db"
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{db}")
    store = DatabaseUrlTrackerStore(domain=DOMAIN)
    await store.save(_tracker("citizen-env"))
    assert _events(db, "citizen-env")


async def test_endpoints_yml_loads_this_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "endpoints.db"
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{db}")
    monkeypatch.setenv("ACTION_PORT", "5999")
    monkeypatch.setenv("ACTION_SERVER_TOKEN", "t0ken")
    config = read_endpoint_config(str(PROJECT_ROOT / "endpoints.yml"), "tracker_store")
    store = create_tracker_store(config, DOMAIN)
    assert isinstance(store, DatabaseUrlTrackerStore)
    assert not isinstance(store, InMemoryTrackerStore)
    await store.save(_tracker("citizen-yml"))
    assert _events(db, "citizen-yml")
    action = read_endpoint_config(str(PROJECT_ROOT / "endpoints.yml"), "action_endpoint")
    assert action.url == "http://127.0.0.1:5999/webhook"
    assert action.headers == {"Authorization": "Bearer t0ken"}  # the action server's shared secret


def test_shares_the_database_with_the_cases(tmp_path: Path) -> None:
    from bot.cases import create_schema, make_engine

    url = f"sqlite:///{tmp_path / 'shared.db'}"
    engine = make_engine(url)
    create_schema(engine)
    DatabaseUrlTrackerStore(domain=DOMAIN, database_url=url)
    tables = set(sa.inspect(engine).get_table_names())
    engine.dispose()
    assert "events" in tables
    assert any(name.startswith("intake_") for name in tables)


def test_missing_driver_fails_loudly_instead_of_falling_back_to_memory() -> None:
    config = EndpointConfig(
        type="bot.rasa_plugins.tracker_store.DatabaseUrlTrackerStore",
        database_url="mysql+nosuchdriver://u@h/db",
    )
    with pytest.raises(Exception) as info:
        create_tracker_store(config, DOMAIN)
    assert not isinstance(info.value, AssertionError)
