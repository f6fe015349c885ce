"""The intent the classifier gave a message, and the crisis intents among them."""

from __future__ import annotations

from rasa_sdk import Tracker

CRISIS_INTENT_KINDS = {
    "self_harm": "self_harm",
    "threat_violence": "violence",
    "domestic_violence": "domestic_violence",
}


def latest_intent(tracker: Tracker) -> str | None:
    return (tracker.latest_message.get("intent") or {}).get("name")


def runner_up_intent(tracker: Tracker) -> str | None:
    """The best-ranked intent that is not a crisis one (what a guessed crisis message most likely was)."""
    for entry in tracker.latest_message.get("intent_ranking") or []:
        name = entry.get("name")
        if name and name not in CRISIS_INTENT_KINDS and name != "nlu_fallback":
            return name
    return None
