"""Overrides the intent when a message speaks of self-harm, violence or danger.

DIET may read a long complaint that ends in "我只能去死了" as `tell_problem`. A miss here costs far more than a
false alarm, so a lexicon hit from `bot.domain.safety.detect_crisis` wins over the learned intent; the learned
ranking is kept below it so nothing else is lost.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.domain.safety import detect_crisis, says_safe_now
from bot.domain.safety_despair import tells_despair
from bot.domain.safety_help import asks_to_report_by_text

DESPAIR_CONFIDENCE = 0.5
# crisis kind (bot.domain.safety) -> intent in the domain
INTENT_BY_KIND = {
    "self_harm": "self_harm",
    "violence": "threat_violence",
    "domestic_violence": "domestic_violence",
    "danger": "domestic_violence",
    "gas_or_fire": "domestic_violence",  # one crisis intent for every danger: the action reads the kind
    "fraud_now": "domestic_violence",
    "missing_person": "domestic_violence",
}


def crisis_intent(text: str) -> str | None:
    """The crisis intent a text calls for, or None."""
    signal = detect_crisis(text or "")
    if signal is None:
        # "人都出来了", "警察来了 把他带走了": the crisis action says a word back after a crisis (else reads it as usual)
        # "能不能发短信报警": how to reach the police unheard is answered by the crisis action, whoever asks
        if says_safe_now(text) or asks_to_report_by_text(text):
            return "domestic_violence"
        return "self_harm" if tells_despair(text) else None  # "反正也没人在乎": company after a crisis
    if signal.kind == "danger" and "self_harm" in signal.also:
        return "self_harm"  # "我儿子说要跳楼": someone else's life at risk
    return INTENT_BY_KIND[signal.kind]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class CrisisGuard(GraphComponent, IntentClassifier):
    """Puts the crisis intent first when the crisis lexicon matches."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [IntentClassifier]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {}

    def __init__(self, config: dict[str, Any]) -> None:
        self.component_config = config

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> CrisisGuard:
        return cls(config)

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            intent_name = crisis_intent(message.get(TEXT) or "")
            if not intent_name:
                continue
            current = message.get(INTENT) or {}
            if current.get("name") == intent_name:
                continue
            # despair alone is a guess, below the crisis action's MODEL_ONLY_SURE: a gentle check-in at most,
            # unless a crisis was told before (actions.crisis_company)
            sure = detect_crisis(message.get(TEXT) or "") is not None or intent_name != "self_harm"
            override = {"name": intent_name, "confidence": 1.0 if sure else DESPAIR_CONFIDENCE}
            ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != intent_name]
            message.set(INTENT, override, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [override, *ranking], add_to_output=True)
        return messages
