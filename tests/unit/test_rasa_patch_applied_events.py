"""A tracker's applied events (bot.rasa_plugins.patches.applied_events) are Rasa's own: the same event objects in
the same order, on the dialogue paths of tests/test_stories.yml and on random histories with forms, rejections,
undos, restarts and new sessions."""

from __future__ import annotations

import abc
import random

from rasa.shared.core.events import (
    ActionExecuted,
    ActionExecutionRejected,
    ActionReverted,
    ActiveLoop,
    DefinePrevUserUtteredFeaturization,
    Restarted,
    SessionStarted,
    SlotSet,
    UserUtteranceReverted,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_plugins.patches import applied_events
from bot.rasa_plugins.patches.swap import restore_all
from tests.unit.test_rasa_patch_history_states import story_events

FORMS = ["intake_form", "followup_form"]


def _random_event(rng: random.Random):
    choice = rng.randrange(13)
    if choice < 3:
        return ActionExecuted(rng.choice(["action_listen", "utter_greet", *FORMS]))
    if choice < 5:
        return UserUttered("我要反映问题", {"name": rng.choice(["tell_problem", "inform"])})
    if choice == 5:
        return ActiveLoop(rng.choice([*FORMS, None]))
    if choice == 6:
        return ActionExecutionRejected(rng.choice(FORMS))
    if choice == 7:
        return SlotSet("requested_slot", rng.choice(["phone", None]))
    if choice == 8:
        return DefinePrevUserUtteredFeaturization(rng.random() < 0.5)
    if choice == 9:
        return rng.choice([ActionReverted(), UserUtteranceReverted()])
    if choice == 10:
        return rng.choice([Restarted(), SessionStarted()])
    return ActionExecuted(rng.choice(FORMS))


def _histories() -> list[list]:
    rng = random.Random(11)
    random_ones = [[_random_event(rng) for _ in range(rng.randint(0, 60))] for _ in range(600)]
    return [list(events) for events in story_events()] + random_ones


def _applied(events: list) -> list:
    tracker = DialogueStateTracker("citizen", [])
    tracker.events.extend(events)  # as the tracker store's rows are read: no replay needed here
    return tracker.applied_events()


def test_the_same_events_as_rasas_own() -> None:
    histories = _histories()
    rasas = [_applied(events) for events in histories]
    try:
        applied_events.install()
        ours = [_applied(events) for events in histories]
    finally:
        restore_all()
    folded = 0
    for events, theirs, mine in zip(histories, rasas, ours, strict=True):
        assert [id(e) for e in mine] == [id(e) for e in theirs]
        folded += len(theirs) < len(events)
    assert folded > 300  # undos, restarts and form turns were exercised


def test_a_class_registered_later_is_seen() -> None:
    class Custom:
        action_name = "intake_form"

    event = Custom()
    assert not applied_events.kinds(event) & applied_events.ACTION  # type: ignore[arg-type]
    ActionExecuted.register(Custom)  # a virtual subclass: isinstance says yes from now on
    applied_events._fresh_table()
    assert abc.get_cache_token() == applied_events._token[0]
    assert applied_events.kinds(event) & applied_events.ACTION  # type: ignore[arg-type]
