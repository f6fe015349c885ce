"""The message answering "以上信息对吗？" when the classifier took it for something else: a yes with a question
or a thanks beside it files the case (the question is answered after the filing text); "算了 我还是去找街道吧"
is asked plainly whether to file. One call for every action such a message may reach."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction
from rasa_sdk.executor import CollectingDispatcher

from actions.filing import FileCase
from actions.summary_accept import ASK_FILE_OR_STOP, accepts_summary, gives_up_unsure
from actions.summary_split import split_asked_at_summary


def at_the_summary(tracker: Tracker, *, in_form: bool = False) -> bool:
    """The summary is waiting for its yes, with no route question asked and no form running (`in_form`: the
    message started the intake form again, whose reading calls this)."""
    return (
        bool(tracker.get_slot("awaiting_confirmation"))
        and (in_form or not tracker.active_loop.get("name"))
        and not tracker.get_slot("route_question")
        and not tracker.get_slot("more_matters")  # the yes rules take the next matter up
    )


async def summary_answered(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any], *, in_form: bool = False
) -> list[EventType] | None:
    """The events of a yes to the summary said with more (filed), or of giving up unsure (asked); else None."""
    if not at_the_summary(tracker, in_form=in_form):
        return None
    text = tracker.latest_message.get("text")
    if (split := await split_asked_at_summary(dispatcher, tracker, domain)) is not None:
        return split  # "是两件事 能不能分开记 …吗": split, and the question beside it answered
    # nothing may follow: the rule that sent the message here no longer matches once the case is filed
    if accepts_summary(text) is not None:
        filed = await FileCase().run(dispatcher, tracker, domain)
        # "对 另外还想提个建议…": the next matter is taken up (FileCase says so); else the citizen speaks next
        moves_on = any(e.get("event") == "followup" for e in filed)
        return filed if moves_on else [*filed, FollowupAction("action_listen")]
    if gives_up_unsure(text):
        dispatcher.utter_message(text=ASK_FILE_OR_STOP)
        return [FollowupAction("action_listen")]
    return None


def with_summary_again(corrected: list[EventType]) -> list[EventType]:
    """A correction applied at the summary: the form runs again, so the summary is shown for confirmation
    (nothing is left waiting for a "对" that no question asked for)."""
    applied = any(e.get("name") == "awaiting_confirmation" and e.get("value") is False for e in corrected)
    return [*corrected, FollowupAction("intake_form")] if applied else corrected
