"""An event broker that masks phones and ID numbers before any of Rasa's brokers sends the events on.

Rasa publishes each event as it happened, so a plain broker would carry the numbers the tracker store
masks or seals (`bot.rasa_plugins.event_privacy.stored_event`). This wrapper applies the same, then hands the event
to the broker configured under `inner` (pika, kafka, sql, file or a module path), e.g. in endpoints.yml:

    event_broker:
      type: bot.rasa_plugins.event_broker.MaskingEventBroker
      inner:
        type: sql
        dialect: postgresql
        host: analytics-db
        db: rasa_events

An SQL broker writes a table named `events`, the table Rasa's tracker store owns, so an inner SQL broker on
the tracker's own database (DATABASE_URL) is refused.
"""

from __future__ import annotations

import copy
from asyncio import AbstractEventLoop
from pathlib import Path
from typing import Any

from rasa.core.brokers.broker import EventBroker
from rasa.utils.endpoints import EndpointConfig
from sqlalchemy.engine import make_url

from bot.ops.settings import get_settings
from bot.rasa_plugins.event_privacy import stored_event


class BrokerConfigError(ValueError):
    """The broker's configuration cannot be used."""


def same_database(url_a: str, url_b: str) -> bool:
    """Whether two SQLAlchemy URLs name the same database (SQLite: the same file)."""
    a, b = make_url(url_a), make_url(url_b)
    if a.get_backend_name() != b.get_backend_name():
        return False
    if a.get_backend_name() == "sqlite":
        return bool(a.database) and Path(a.database).resolve() == Path(b.database or "").resolve()
    return (a.host or "localhost", a.port, a.database) == (b.host or "localhost", b.port, b.database)


def inner_sql_url(inner: dict[str, Any]) -> str:
    """The URL Rasa's SQLEventBroker would connect to with these settings."""
    from rasa.core.tracker_store import SQLTrackerStore  # late: ~1.2 s, only to check the settings

    return SQLTrackerStore.get_db_url(
        inner.get("dialect", "sqlite"),
        inner.get("url") or inner.get("host"),
        inner.get("port"),
        inner.get("db", "events.db"),
        inner.get("username"),
        inner.get("password"),
    )


def check_inner(inner: Any, tracker_database_url: str) -> dict[str, Any]:
    """The inner broker's settings, or BrokerConfigError saying what is wrong with them."""
    if not isinstance(inner, dict) or not inner.get("type"):
        raise BrokerConfigError("MaskingEventBroker needs an `inner:` broker with a `type`")
    if str(inner["type"]).lower() == "sql" and same_database(inner_sql_url(inner), tracker_database_url):
        raise BrokerConfigError(
            "the inner SQL event broker points at the tracker store's database (DATABASE_URL); both use a "
            "table named `events`: give the broker a database of its own"
        )
    return dict(inner)


class MaskingEventBroker(EventBroker):
    def __init__(self, inner: EventBroker) -> None:
        self.inner = inner

    @classmethod
    async def from_endpoint_config(
        cls, broker_config: EndpointConfig, event_loop: AbstractEventLoop | None = None
    ) -> MaskingEventBroker | None:
        settings = check_inner(broker_config.kwargs.get("inner"), get_settings().database_url)
        inner = await EventBroker.create(EndpointConfig.from_dict(settings), event_loop)
        return cls(inner) if inner is not None else None

    def publish(self, event: dict[str, Any]) -> None:
        self.inner.publish(stored_event(copy.copy(event)))

    def is_ready(self) -> bool:
        return self.inner.is_ready()

    async def close(self) -> None:
        await self.inner.close()
