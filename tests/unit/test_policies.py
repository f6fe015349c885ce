"""TED is skipped only where its prediction cannot change the ensemble's choice."""

from __future__ import annotations

import random

import numpy as np
import pytest
from rasa.core.policies.ensemble import DefaultPolicyPredictionEnsemble
from rasa.core.policies.policy import PolicyPrediction
from rasa.core.policies.ted_policy import TEDPolicy
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActionExecutionRejected, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT, TEXT

from bot.rasa_plugins import policies
from bot.rasa_plugins.policies import (
    RulesFirstTEDPolicy,
    decided_above,
    last_action_rejected,
    note_if_certain,
)

DOMAIN = Domain.from_yaml(
    "version: '3.1'\nintents: [tell_problem, inform]\nresponses:\n  utter_ask_phone:\n  - text: 您的电话？\n"
)
RULE, MEMO, TED = 6, 3, 1


def _tracker(*events) -> DialogueStateTracker:
    tracker = DialogueStateTracker("citizen", DOMAIN.slots)
    for event in (
        ActionExecuted("action_listen"),
        UserUttered("楼下烧烤店油烟扰民😤", {"name": "tell_problem"}),
    ):
        tracker.update(event)
    for event in events:
        tracker.update(event)
    return tracker


def _prediction(probabilities, priority: int, name: str) -> PolicyPrediction:
    return PolicyPrediction(list(probabilities), name, policy_priority=priority)


def _one_hot(index: int, confidence: float = 1.0) -> list[float]:
    probabilities = [0.0] * len(DOMAIN.action_names_or_texts)
    probabilities[index] = confidence
    return probabilities


def test_only_a_full_confidence_prediction_is_noted() -> None:
    tracker = _tracker()
    note_if_certain(tracker, _prediction(_one_hot(3, 0.3), RULE, "rule"))  # core fallback threshold
    assert not decided_above(tracker, TED)
    note_if_certain(tracker, _prediction(_one_hot(3), MEMO, "memo"))
    assert decided_above(tracker, TED) and not decided_above(tracker, MEMO)
    note_if_certain(tracker, _prediction(_one_hot(4), RULE, "rule"))
    assert decided_above(tracker, MEMO)


def test_a_note_goes_stale_when_the_conversation_moves_on() -> None:
    tracker = _tracker()
    note_if_certain(tracker, _prediction(_one_hot(3), RULE, "rule"))
    tracker.update(ActionExecuted("utter_ask_phone"))
    assert not decided_above(tracker, TED)


def test_a_rejected_action_lets_ted_decide() -> None:
    tracker = _tracker(ActionExecuted("intake_form"), ActionExecutionRejected("intake_form"))
    assert last_action_rejected(tracker)
    note_if_certain(tracker, _prediction(_one_hot(3), RULE, "rule"))
    assert not decided_above(tracker, TED)
    assert not last_action_rejected(_tracker(ActionExecutionRejected("intake_form"), ActionExecuted("x")))


class _Recorder:
    calls = 0


@pytest.fixture()
def ted(monkeypatch) -> RulesFirstTEDPolicy:
    def fake_predict(self, tracker, domain, **kwargs):
        _Recorder.calls += 1
        return self._prediction(_one_hot(2, 0.9))

    monkeypatch.setattr(TEDPolicy, "predict_action_probabilities", fake_predict)
    _Recorder.calls = 0
    policy = RulesFirstTEDPolicy.__new__(RulesFirstTEDPolicy)
    policy.model, policy.fake_features, policy.priority = object(), {INTENT: []}, TED
    policy.config = {}
    return policy


def test_ted_is_skipped_after_a_certain_rule(ted: RulesFirstTEDPolicy) -> None:
    tracker = _tracker()
    note_if_certain(tracker, _prediction(_one_hot(3), RULE, "rule"))
    skipped = ted.predict_action_probabilities(tracker, DOMAIN)
    assert _Recorder.calls == 0 and max(skipped.probabilities) == 0.0
    assert not skipped.is_end_to_end_prediction and not skipped.events


def test_ted_runs_without_a_note_after_a_rejection_and_when_it_reads_text(ted: RulesFirstTEDPolicy) -> None:
    ted.predict_action_probabilities(_tracker(), DOMAIN)
    rejected = _tracker(ActionExecuted("intake_form"), ActionExecutionRejected("intake_form"))
    note_if_certain(rejected, _prediction(_one_hot(3), RULE, "rule"))
    ted.predict_action_probabilities(rejected, DOMAIN)
    noted = _tracker()
    note_if_certain(noted, _prediction(_one_hot(3), RULE, "rule"))
    ted.fake_features = {INTENT: [], TEXT: []}  # an end-to-end model may overrule rules
    ted.predict_action_probabilities(noted, DOMAIN)
    assert _Recorder.calls == 3


@pytest.mark.parametrize("seed", range(40))
def test_the_ensemble_picks_the_same_with_ted_skipped(seed: int) -> None:
    """Rasa's own ensemble, with TED's real answer and with the zeros it gets when skipped."""
    rng = random.Random(seed)
    n = len(DOMAIN.action_names_or_texts)
    certain = _prediction(_one_hot(rng.randrange(n)), rng.choice([RULE, MEMO]), "certain")
    other = _prediction(_one_hot(rng.randrange(n), rng.choice([0.0, 0.5, 1.0])), MEMO, "memo")
    ted_scores = np.array([rng.random() for _ in range(n)])
    ted_scores[rng.randrange(n)] = rng.choice([0.99, 1.0])
    real = _prediction(ted_scores, TED, "ted")
    zeros = _prediction([0.0] * n, TED, "ted")
    tracker = _tracker()
    with_ted = DefaultPolicyPredictionEnsemble().combine_predictions([other, certain, real], tracker, DOMAIN)
    without = DefaultPolicyPredictionEnsemble().combine_predictions([other, certain, zeros], tracker, DOMAIN)
    assert with_ted.policy_name == without.policy_name != "ted"
    assert np.argmax(with_ted.probabilities) == np.argmax(without.probabilities)


def test_config_uses_these_policies() -> None:
    import yaml

    from bot.ops.settings import PROJECT_ROOT

    names = [p["name"] for p in yaml.safe_load((PROJECT_ROOT / "config.yml").read_text())["policies"]]
    assert names == [
        f"{policies.__name__}.NotingMemoizationPolicy",
        f"{policies.__name__}.NotingRulePolicy",
        f"{policies.__name__}.RulesFirstTEDPolicy",
    ]
