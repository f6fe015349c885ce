"""Event classes from the table are the ones Rasa's own lookup finds."""

from __future__ import annotations

import pytest
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    Event,
    SessionStarted,
    SlotSet,
    UserUttered,
    deserialise_events,
)
from rasa.shared.utils.common import all_subclasses

from bot.rasa_plugins.patches import event_types


@pytest.fixture(autouse=True)
def _installed():
    event_types.install()


def _rasa(name: str, default=None):
    return event_types._rasa_resolve(name, default)


def test_every_event_type_resolves_as_in_rasa() -> None:
    names = {cls.type_name for cls in all_subclasses(Event)}
    assert {"user", "bot", "slot", "action", "session_started", "active_loop"} <= names
    for name in names:
        assert Event.resolve_by_type(name) is _rasa(name)


def test_unknown_names_behave_as_in_rasa() -> None:
    assert Event.resolve_by_type("topic") is None
    assert Event.resolve_by_type("没有这种事件", default=SlotSet) is SlotSet
    with pytest.raises(ValueError, match="Unknown event name 'no_such_event'"):
        Event.resolve_by_type("no_such_event")


def test_an_event_class_defined_later_is_found() -> None:
    class PetitionNoted(SlotSet):
        type_name = "petition_noted_for_test"

    Event.resolve_by_type("slot")  # table built before the class above existed? either way:
    assert Event.resolve_by_type("petition_noted_for_test") is PetitionNoted


def test_stored_events_come_back_unchanged() -> None:
    stored = [
        ActionExecuted("action_session_start").as_dict(),
        SessionStarted().as_dict(),
        UserUttered("我家楼下烧烤店油烟扰民😤", {"name": "tell_problem", "confidence": 0.93}).as_dict(),
        SlotSet("phone", "１３８００１３８０００").as_dict(),
        BotUttered("好的，我记下了。", {"buttons": [{"title": "没有", "payload": "/deny"}]}).as_dict(),
    ]
    events = deserialise_events(stored)
    assert [type(e) for e in events] == [ActionExecuted, SessionStarted, UserUttered, SlotSet, BotUttered]
    assert [e.as_dict() for e in events] == stored
