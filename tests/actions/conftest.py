"""Offline action tests: real parsers, gazetteer and a real SQLite case store in tmp_path."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pytest
import yaml
from cryptography.fernet import Fernet
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import services
from bot.ops.settings import PROJECT_ROOT, get_settings


@lru_cache(maxsize=1)
def domain_slot_names() -> tuple[str, ...]:
    """Every slot of the domain, so snapshots look like the trackers Rasa sends."""
    slots = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))["slots"]
    return (*slots, "requested_slot")


@pytest.fixture(autouse=True)
def isolated_store(tmp_path, monkeypatch):
    """Every test gets its own database and encryption key."""
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'intake.db'}")
    monkeypatch.setenv("ID_ENCRYPTION_KEY", Fernet.generate_key().decode())
    get_settings.cache_clear()
    services.case_repository.cache_clear()
    yield
    get_settings.cache_clear()
    services.case_repository.cache_clear()


def make_tracker(
    text: str = "",
    intent: str | None = "inform",
    slots: dict[str, Any] | None = None,
    requested_slot: str | None = None,
    active_loop: str | None = "intake_form",
    entities: list[dict[str, Any]] | None = None,
    latest_action_name: str = "action_listen",
    sender_id: str = "test-user",
    input_channel: str = "rest",
    confidence: float = 0.9,
    ranking: list[tuple[str, float]] | None = None,
) -> Tracker:
    values = {name: None for name in domain_slot_names()}
    values.update(slots or {})
    values["requested_slot"] = requested_slot
    message = {
        "text": text,
        "intent": {"name": intent, "confidence": confidence},
        "entities": entities or [],
    }
    if ranking is not None:
        message["intent_ranking"] = [{"name": name, "confidence": c} for name, c in ranking]
    events = [
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": text, "parse_data": message, "input_channel": input_channel},
    ]
    if latest_action_name != "action_listen":
        events.append({"event": "action", "name": latest_action_name})
    # Rasa ends the tracker it gives a form's validation action with the form's own action event
    events.append({"event": "action", "name": active_loop or "none"})
    return Tracker(
        sender_id,
        values,
        message,
        events,
        False,
        None,
        {"name": active_loop} if active_loop else {},
        latest_action_name,
    )


def slot_updates(events: list) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def texts(dispatcher: CollectingDispatcher) -> str:
    return "\n".join(m.get("text") or m.get("response") or "" for m in dispatcher.messages)


async def run_action(action, tracker: Tracker) -> tuple[dict[str, Any], CollectingDispatcher, list]:
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, tracker, {})
    return slot_updates(events), dispatcher, events


@dataclass(frozen=True)
class Turn:
    """What an action made of one message: the slots it set, what the citizen reads, its events and messages."""

    slots: dict[str, Any]
    said: str
    events: list
    messages: list[dict[str, Any]]


async def run_turn(action, tracker: Tracker) -> Turn:
    slots, dispatcher, events = await run_action(action, tracker)
    return Turn(slots, texts(dispatcher), events, dispatcher.messages)


async def play(
    action, text: str = "", *, earlier: list[dict[str, Any]] | None = None, **tracker: Any
) -> Turn:
    """`action` run on the message `text` (with `make_tracker`'s keywords), after the `earlier` events."""
    built = make_tracker(text, **tracker)
    built.events[:0] = earlier or []
    return await run_turn(action, built)


__all__ = ["SlotSet", "Turn", "make_tracker", "play", "run_action", "run_turn", "slot_updates", "texts"]
