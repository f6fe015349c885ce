"""Differential test of the shared history states (bot.rasa_plugins.patches.history_states) on the trained model:
the whole ensemble (MemoizationPolicy, RulePolicy, TED) predicts bit for bit the same with and without it.

Loads `models/intake.tar.gz` in this process and asks the ensemble for the next action before every action of
every dialogue path of tests/test_stories.yml, once with Rasa's own `past_states` and once with the states
shared, on one tracker per path that grows event by event as the processor's does (so the replay kept on the
tracker is continued, or started again after a form's turn).
"""

from __future__ import annotations

import numpy as np
import pytest
from rasa.core.agent import Agent
from rasa.core.policies.policy import PolicyPrediction
from rasa.shared.core.events import ActionExecuted
from rasa.shared.core.generator import TrainingDataGenerator
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.core.training_data.story_reader.yaml_story_reader import YAMLStoryReader
from rasa.shared.core.training_data.structures import StoryGraph

from bot.ops.settings import PROJECT_ROOT
from bot.rasa_plugins.patches import history_states
from bot.rasa_plugins.patches.swap import restore_all

MODEL = PROJECT_ROOT / "models" / "intake.tar.gz"


def _stories(agent: Agent) -> list[list]:
    domain = agent.domain
    steps = YAMLStoryReader(domain).read_from_file(str(PROJECT_ROOT / "tests" / "test_stories.yml"))
    generator = TrainingDataGenerator(
        StoryGraph(steps), domain, remove_duplicates=False, augmentation_factor=0, tracker_limit=None
    )
    return [list(tracker.events) for tracker in generator.generate_story_trackers()]


def _predictions(agent: Agent, stories: list[list]) -> list[tuple]:
    answers = []
    for events in stories:
        tracker = DialogueStateTracker("stories", agent.domain.slots)
        for n, event in enumerate(events):
            if n and isinstance(event, ActionExecuted):
                answers.append(_answer(agent.processor._predict_next_with_tracker(tracker)))
            tracker.update(event)
    return answers


def _answer(prediction: PolicyPrediction) -> tuple:
    return (
        np.asarray(prediction.probabilities),
        prediction.policy_name,
        prediction.max_confidence,
        [{k: v for k, v in e.as_dict().items() if k != "timestamp"} for e in prediction.events],
        prediction.is_end_to_end_prediction,
        prediction.is_no_user_prediction,
        prediction.action_metadata,
    )


@pytest.mark.skipif(not MODEL.exists(), reason="needs the trained model (make train)")
def test_the_ensemble_predicts_the_same_with_the_states_shared() -> None:
    agent = Agent.load(str(MODEL))
    stories = _stories(agent)
    try:
        restore_all()
        rasas = _predictions(agent, stories)
        history_states.install()
        ours = _predictions(agent, stories)
    finally:
        restore_all()
    assert len(rasas) >= 200
    for (probs_r, *rest_r), (probs_o, *rest_o) in zip(rasas, ours, strict=True):
        assert np.array_equal(probs_o, probs_r)
        assert rest_o == rest_r
