"""Stopping the intake: a wish to stop ends the form and keeps what was said; an answer taken for one is read."""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.intake_turn import TurnResult
from actions.slots import INTAKE_SLOTS, NOT_PROVIDED
from actions.turn_adapter import read_tracker_turn, say_notes, slot_events
from bot.domain import text as textutil


class StopIntake(Action):
    """Stops whatever form is running. What was said is kept, so coming back later loses nothing."""

    def name(self) -> str:
        return "action_stop_intake"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        loop = tracker.active_loop.get("name")
        answered = answer_taken_for_stop(tracker) if loop == "intake_form" else None
        if answered is not None:  # "十月份取消的": what was done to them, not a wish to stop
            say_notes(dispatcher, answered.notes)
            return [*slot_events(answered), FollowupAction("intake_form")]
        if loop == "intake_form" and tracker.get_slot("issue_text"):
            dispatcher.utter_message(
                text="好的，先不登记了，您说过的内容我先留着。想继续的时候，跟我说“我还要反映”就行。"
            )
        else:
            dispatcher.utter_message(text="好的，先到这里。有需要随时找我。")
        return [
            ActiveLoop(None),
            SlotSet("requested_slot", None),
            SlotSet("progress_case_number", None),
            SlotSet("progress_phone", None),
            SlotSet("intake_paused", None),
            SlotSet("more_matters", None),
            SlotSet("pending_matters", None),
        ]


# a wish to stop said in so many words; "取消" alone may be what happened ("低保十月份取消的")
_PLAIN_STOP = re.compile(
    r"不(?:想|愿意?|打算)?(?:登记|反映|弄|办|要|说|用|告|投诉)了?|算了|别(?:登记|记)|取消(?:吧|登记|了吧)?$|^取消|再说吧?$"
)


def answer_taken_for_stop(tracker: Tracker) -> TurnResult | None:
    """The reading of a message the classifier took for "stop" when it answers the question asked, or None."""
    asked = tracker.get_slot("requested_slot")
    text = textutil.normalize_for_parsing(tracker.latest_message.get("text") or "")
    if not asked or not text or _PLAIN_STOP.search(text):
        return None
    result = read_tracker_turn(tracker, intent="inform")
    # the answer asked for, or one given ahead ("十月份取消的" when the category is asked tells the time)
    told = [slot for slot in INTAKE_SLOTS if result.updates.get(slot) not in (None, "", NOT_PROVIDED)]
    return result if told else None
