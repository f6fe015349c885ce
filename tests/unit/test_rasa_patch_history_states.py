"""The history states shared across the ensemble's policies are Rasa's own, computed once, and never shared
as mutable objects: on real trackers (the dialogue paths of tests/test_stories.yml in the project's domain)."""

from __future__ import annotations

from functools import lru_cache

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActionReverted,
    Restarted,
    SlotSet,
    UserUtteranceReverted,
    UserUttered,
)
from rasa.shared.core.generator import TrainingDataGenerator
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.core.training_data.story_reader.yaml_story_reader import YAMLStoryReader
from rasa.shared.core.training_data.structures import StoryGraph
from rasa.shared.nlu.constants import TEXT

from bot.ops.settings import PROJECT_ROOT
from bot.rasa_plugins.patches import history_states
from bot.rasa_plugins.patches.history_replay import REPLAY, copy_states, frozen
from bot.rasa_plugins.patches.history_states import shared_states
from bot.rasa_plugins.patches.swap import restore_all

RULE_ONLY = {"slots": ["requested_slot"], "loops": ["intake_form"]}
# (omit_unset_slots, ignore_rule_only_turns, rule_only_data): MemoizationPolicy, RulePolicy, TED, others
ARGUMENTS = [
    (False, True, None),
    (False, False, RULE_ONLY),
    (False, True, RULE_ONLY),
    (False, False, None),
    (True, True, RULE_ONLY),
    (True, False, None),
]


@lru_cache(maxsize=1)
def domain() -> Domain:
    return Domain.load(str(PROJECT_ROOT / "domain.yml"))


@lru_cache(maxsize=1)
def story_events() -> tuple[tuple, ...]:
    steps = YAMLStoryReader(domain()).read_from_file(str(PROJECT_ROOT / "tests" / "test_stories.yml"))
    generator = TrainingDataGenerator(
        StoryGraph(steps), domain(), remove_duplicates=False, augmentation_factor=0, tracker_limit=None
    )
    return tuple(tuple(tracker.events) for tracker in generator.generate_story_trackers())


def prefixes() -> list[DialogueStateTracker]:
    """The tracker before each action of each story: what the ensemble is asked about."""
    trackers = []
    for events in story_events():
        for end, event in enumerate(events):
            if isinstance(event, ActionExecuted):
                trackers.append(
                    DialogueStateTracker.from_events("citizen", list(events[:end]), domain().slots)
                )
    return trackers


@pytest.fixture()
def patched():
    history_states.install()
    yield history_states
    restore_all()


def test_the_stories_give_many_trackers() -> None:
    assert len(story_events()) >= 20 and len(prefixes()) >= 200


def test_shared_states_are_rasas_own_for_every_argument(patched) -> None:
    for tracker in prefixes():
        rasas = [patched._rasa_past_states(tracker, domain(), *args) for args in ARGUMENTS]
        with shared_states():
            first = [tracker.past_states(domain(), *args) for args in ARGUMENTS]
            again = [tracker.past_states(domain(), *args) for args in ARGUMENTS]
        assert first == rasas and again == rasas


def test_one_replay_serves_every_policy(patched, monkeypatch) -> None:
    calls = []
    monkeypatch.setattr(patched, "_rasa_past_states", lambda *a: calls.append(a))
    tracker = prefixes()[40]
    with shared_states():
        tracker.past_states(domain(), ignore_rule_only_turns=True)  # MemoizationPolicy
        tracker.past_states(domain(), rule_only_data=RULE_ONLY)  # RulePolicy reading the text
        tracker.past_states(domain(), rule_only_data=RULE_ONLY)  # RulePolicy reading the intent
        tracker.past_states(domain(), ignore_rule_only_turns=True, rule_only_data=RULE_ONLY)  # TED
    replay = getattr(tracker, REPLAY)
    assert not calls and set(replay.hidden) == {None, frozen(RULE_ONLY)}
    with shared_states():
        tracker.past_states(domain(), ignore_rule_only_turns=True)
    assert getattr(tracker, REPLAY) is replay


def _told(text: str) -> DialogueStateTracker:
    events = [ActionExecuted("action_listen"), UserUttered(text, {"name": "tell_problem"})]
    return DialogueStateTracker.from_events("citizen", events, domain().slots)


def test_a_policy_editing_its_states_leaves_the_others_theirs(patched) -> None:
    tracker = _told("楼下烧烤店天天吵到半夜")
    with shared_states():
        first = tracker.past_states(domain())
        expected = copy_states(first)
        first[-1]["user"].pop("intent", None)  # as the featuriser does when it reads the text instead
        first[-1]["user"][TEXT] = "edited"
        first.append({})
        assert tracker.past_states(domain()) == expected
        second = tracker.past_states(domain())
        second[-1].clear()
        assert tracker.past_states(domain()) == expected


def test_a_tracker_that_moved_on_is_read_again(patched) -> None:
    tracker = _told("欠薪三个月了")
    with shared_states():
        before = tracker.past_states(domain())
        tracker.update(ActionExecuted("intake_form"))
        tracker.update(SlotSet("requested_slot", "location"))
        after = tracker.past_states(domain())
        assert after != before and after == patched._rasa_past_states(tracker, domain())
        tracker.update(ActionExecuted("action_listen"))
        assert tracker.past_states(domain()) == patched._rasa_past_states(tracker, domain())


def _played(events, patched, omit_unset_slots: bool = False) -> int:
    """Play `events` into one tracker as the processor does, comparing the states before every action with
    Rasa's for each policy's arguments; returns how often the whole history was replayed from the start."""
    tracker = DialogueStateTracker("citizen", domain().slots)
    replays: list = []
    for event in events:
        if isinstance(event, ActionExecuted):
            for ignore, data in ((True, None), (False, RULE_ONLY), (True, RULE_ONLY)):
                with shared_states():
                    ours = tracker.past_states(domain(), omit_unset_slots, ignore, data)
                assert ours == patched._rasa_past_states(tracker, domain(), omit_unset_slots, ignore, data)
            replay = getattr(tracker, REPLAY)
            if not any(replay is r for r in replays):
                replays.append(replay)
        tracker.update(event)
    return len(replays)


@pytest.mark.parametrize("omit_unset_slots", [False, True])
def test_a_growing_tracker_continues_its_replay_with_rasas_states(patched, omit_unset_slots) -> None:
    """A form's next turn folds the turn before out of the applied events (Rasa's happy path): only then,
    and at the start, is the tracker replayed from the beginning."""
    predictions = sum(1 for events in story_events() for e in events if isinstance(e, ActionExecuted))
    replays = sum(_played(events, patched, omit_unset_slots) for events in story_events())
    assert replays < predictions / 3


def test_an_undo_or_a_restart_replays_from_the_start(patched) -> None:
    events = list(story_events()[0])
    cut = [n for n, e in enumerate(events) if isinstance(e, UserUttered)][3]
    told = [
        *events[:cut],
        UserUttered("不对，我说错了", {"name": "deny"}),
        UserUtteranceReverted(),
        ActionExecuted("action_listen"),
        *events[cut:],
        ActionReverted(),
        ActionExecuted("action_listen"),
        Restarted(),
        ActionExecuted("action_listen"),
        *events[:cut],
    ]
    assert _played(told, patched) >= 3


def test_the_replay_stays_on_the_tracker_only(patched) -> None:
    tracker = prefixes()[30]
    with shared_states():
        tracker.past_states(domain())
    assert getattr(tracker, REPLAY).replica is not tracker
    assert tracker.copy().__dict__.get(REPLAY) is None
