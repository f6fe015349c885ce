"""Rasa's dialogue policies, with TED skipped when a rule or a memorised story has already decided.

Rasa runs every policy for every action it predicts; the ensemble keeps the most confident prediction, a
tie going to the higher priority. A rule (RulePolicy, priority 6) or a memorised story (MemoizationPolicy,
priority 3) that predicts with confidence 1.0 therefore always beats TED (priority 1, confidence ≤ 1),
except in two cases the ensemble treats specially: the last action was rejected (its probability is set
to 0 in every prediction, so TED may decide), and TED predicts from the user's text (end-to-end
predictions overrule intent-based ones). Outside those cases TED's answer cannot change what happens, so
it is not computed. TED's TensorFlow call was about a third of the Rasa server's CPU time per message
(py-spy, 2026-11-27); in this bot most actions come from rules, because the intake is a form.

The deciding policies note their decision on the tracker object the graph hands to every policy. If TED
happens to run first, it finds no note and predicts as usual: the result is the same either way.
"""

from __future__ import annotations

from typing import Any

from rasa.core.policies.memoization import MemoizationPolicy
from rasa.core.policies.policy import PolicyPrediction
from rasa.core.policies.rule_policy import RulePolicy
from rasa.core.policies.ted_policy import TEDPolicy
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActionExecutionRejected
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import TEXT

NOTE = "_intake_decided"  # attribute on the tracker: (number of events, priority of the deciding policy)
CERTAIN = 1.0


def note_if_certain(tracker: DialogueStateTracker, prediction: PolicyPrediction) -> None:
    """Remember that a policy predicted with full confidence at this point of the conversation."""
    if prediction.max_confidence >= CERTAIN:
        previous = getattr(tracker, NOTE, None)
        priority = prediction.policy_priority
        if previous and previous[0] == len(tracker.events):
            priority = max(priority, previous[1])
        setattr(tracker, NOTE, (len(tracker.events), priority))


def last_action_rejected(tracker: DialogueStateTracker) -> bool:
    """The ensemble's own test: is the last action event a rejection?"""
    for event in reversed(tracker.events):
        if isinstance(event, (ActionExecutionRejected, ActionExecuted)):
            return isinstance(event, ActionExecutionRejected)
    return False


def decided_above(tracker: DialogueStateTracker, priority: int) -> bool:
    """A policy of higher priority than `priority` is certain at this point, and nothing was rejected."""
    note = getattr(tracker, NOTE, None)
    return (
        note is not None
        and note[0] == len(tracker.events)
        and note[1] > priority
        and not last_action_rejected(tracker)
    )


class NotesCertainty:
    """Mixin for a policy of higher priority than TED: note a certain prediction on the tracker."""

    def predict_action_probabilities(
        self, tracker: DialogueStateTracker, domain: Domain, **kwargs: Any
    ) -> PolicyPrediction:
        prediction = super().predict_action_probabilities(tracker, domain, **kwargs)  # type: ignore[misc]
        note_if_certain(tracker, prediction)
        return prediction


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True)
class NotingMemoizationPolicy(NotesCertainty, MemoizationPolicy):
    """MemoizationPolicy that notes a certain prediction (a memorised story) on the tracker."""


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True)
class NotingRulePolicy(NotesCertainty, RulePolicy):
    """RulePolicy that notes a certain prediction (a rule or a form's happy path) on the tracker."""


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITH_END_TO_END_SUPPORT, is_trainable=True)
class RulesFirstTEDPolicy(TEDPolicy):
    """TEDPolicy that does not run when a policy of higher priority is already certain."""

    def _uses_text(self) -> bool:
        return bool(self.model is not None and TEXT in (self.fake_features or {}))

    def predict_action_probabilities(
        self, tracker: DialogueStateTracker, domain: Domain, **kwargs: Any
    ) -> PolicyPrediction:
        if not self._uses_text() and decided_above(tracker, self.priority):
            return self._prediction(self._default_predictions(domain))
        return super().predict_action_probabilities(tracker, domain, **kwargs)
