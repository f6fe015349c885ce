"""Words at the summary that the fallback actions reach: a dialect yes files the case, a bare word gets the
question said plainly, a correction applied there shows the summary again."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction
from rasa_sdk.executor import CollectingDispatcher

from actions.correction_parse import is_explicit_correction
from actions.crisis import CONFIRM_REMINDER
from actions.filing import FileCase
from actions.stop_intake import wants_it_filed
from actions.summary import summary_word
from actions.summary_accept import accepts_summary
from actions.summary_turn import at_the_summary, summary_answered


async def summary_word_events(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
) -> list[EventType] | None:
    """At the summary, a dialect yes ("着") files the case and a bare "免" gets the question said plainly. With
    more matters to come the rules of a yes take the next one up: there the question is said plainly too.
    "对 提交 多久能有结果" files and answers; a thanks or goodbye alone at the summary gets its usual word."""
    answered = await summary_answered(dispatcher, tracker, domain)
    if answered is not None:
        return answered
    intent = (tracker.latest_message.get("intent") or {}).get("name")
    if intent in ("thanks", "goodbye") and at_the_summary(tracker):  # sent here by the summary's rule
        dispatcher.utter_message(response=f"utter_{intent}")
        return [FollowupAction("action_listen")]
    text = tracker.latest_message.get("text")
    word = summary_word(text) if tracker.get_slot("awaiting_confirmation") else None
    if (
        word is None
        and tracker.get_slot("awaiting_confirmation")
        and (wants_it_filed(text) or accepts_summary(text) is not None)
        and not is_explicit_correction(text, tracker.slots, reviewing=True)  # "人数是十几个 其他对 提交吧"
    ):
        # "那算了 照样提交吧" after a question at the summary, or "对 交了 这个要好久才有结果" the classifier was unsure
        # of with another matter to come: file it as it is (the question beside the yes is answered after filing)
        word = "yes"
    if word == "yes":
        filed = await FileCase().run(dispatcher, tracker, domain)
        # "对 提交 还有我儿子学校那个事呢": with more matters told, the next one is taken up at once
        return (
            [*filed, FollowupAction("action_offer_next_matter")]
            if filed and tracker.get_slot("more_matters")
            else filed
        )
    if word is not None:
        dispatcher.utter_message(text=CONFIRM_REMINDER)
        return []
    return None
