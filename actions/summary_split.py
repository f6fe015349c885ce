"""A request to split said at the summary with more in it ("两码事 分开记吧 …要不要钱"): whatever the
classifier made of the message, the matters are split (the first one's summary shown again) and a question
beside the request is answered first, so neither is lost."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.matter_unmarked import asks_to_split
from actions.question_detect import detect_question, question_clauses
from actions.questions import answer_in_context
from actions.several_matters import SeveralMatters
from actions.summary_fix import corrects_the_summary


async def split_asked_at_summary(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
) -> list[EventType] | None:
    """The events of splitting the matters on record, or None when the message asks for no split."""
    text = tracker.latest_message.get("text") or ""
    if not asks_to_split(text) or not tracker.get_slot("issue_text"):
        return None
    if corrects_the_summary(text, tracker.slots):
        return None  # "不对 时间是八月 这是两码事…": the correction is applied first, by its own reader
    story = tracker.get_slot("issue_text")
    for clause in question_clauses(text):
        if asks_to_split(clause):
            continue  # "能不能分开记" is the request itself, done below
        kind = detect_question(clause)
        answer = answer_in_context(kind, clause, story) if kind is not None else None
        if answer:
            dispatcher.utter_message(text=answer)
    return await SeveralMatters().run(dispatcher, tracker, domain)
