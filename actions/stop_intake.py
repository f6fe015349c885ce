"""Stopping the intake: a wish to stop ends the form and keeps what was said; an answer taken for one is read."""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.consultation import consultation_answer, names_service
from actions.filing import FileCase
from actions.intake_turn import TurnResult
from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind
from actions.questions import answer_for
from actions.slots import INTAKE_SLOTS, NOT_PROVIDED
from actions.submit_early import submit_in_form
from actions.summary_turn import summary_answered
from actions.turn_adapter import read_tracker_turn, say_notes, slot_events
from bot.domain import text as textutil

STOPPED_KEPT = "好的，先不登记了，您说过的内容我先留着。想继续的时候，跟我说“我还要反映”就行。"


class StopIntake(Action):
    """Stops whatever form is running. What was said is kept, so coming back later loses nothing."""

    def name(self) -> str:
        return "action_stop_intake"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        loop = tracker.active_loop.get("name")
        # "算了 先提交吧" at the summary: enough checking, filed here (a follow-up action left the rules
        # nothing to predict after it); "算了 我还是去找街道吧": asked whether to file
        answered = await summary_answered(dispatcher, tracker, domain)
        if answered is not None:
            return answered
        if tracker.get_slot("awaiting_confirmation") and wants_it_filed(tracker.latest_message.get("text")):
            return await FileCase().run(dispatcher, tracker, domain)
        submitted = await submit_in_form(dispatcher, tracker) if loop == "intake_form" else None
        if submitted is not None:  # "算了 就这样提交吧" at a question: filed, or the place asked first
            filed = any(event.get("event") == "followup" for event in submitted)
            return [ActiveLoop(None), *submitted] if filed else [*submitted, FollowupAction("intake_form")]
        answered = answer_taken_for_stop(tracker) if loop == "intake_form" else None
        if answered is not None:  # "十月份取消的": what was done to them, not a wish to stop
            say_notes(dispatcher, answered.notes)
            return [*slot_events(answered), FollowupAction("intake_form")]
        if loop == "intake_form" and tracker.get_slot("issue_text"):
            dispatcher.utter_message(text=STOPPED_KEPT)
        else:
            dispatcher.utter_message(text="好的，先到这里。有需要随时找我。")
        text = tracker.latest_message.get("text")
        asked = detect_question(text)
        if asked in (QuestionKind.OTHER, QuestionKind.WHICH_OFFICE) and names_service(text or ""):
            # "独生子女奖励…找谁要 我不想投诉 就问问": who does it, not only "不登记"
            dispatcher.utter_message(text=consultation_answer(text or ""))
        elif asked not in (None, QuestionKind.OTHER) and (answer := answer_for(text)):
            dispatcher.utter_message(
                text=answer
            )  # "先不登记 就是问问 那意思是反映了也不耽误起诉对吧": answered too
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


# "算了 提交吧", "行了行了 就这样登记吧", "别问了 交上去": the summary is accepted as it is
_SUBMIT = re.compile(
    r"(?<![不别甭莫唔勿])(?:提交|提上去|交上去|递上去|报上去|登记吧|登记上|就这样(?:登记|交|提交)|确认(?:吧|提交|登记)|按这个(?:登记|提交|来))"
)
_NOT_NOW = re.compile(
    r"(?:不好|不|别|甭|莫|唔好?|勿|先不|暂时不|还不)(?:要|想|用|急着?)?(?:提交|交|登记|报|递)|不弄了|撤回|取消"
)


# a plain wish to stop filing said while a question is open ("先不报了", "取消吧"); "不要" alone may answer it
_WITHDRAW = re.compile(
    r"(?:先|暂时|还是|就)不(?:想|要|用)?(?:报|登记|提交|反映|弄)|不(?:想|要|用)?(?:报|登记|提交|反映|弄)了"
    r"|取消(?:吧|登记|了吧)?(?:$|[ ,，。!！])|^算了吧?$|撤回"
)


def withdraws(text: str | None) -> bool:
    """ "算了 我先跟我老公商量商量 先不报了": the citizen stops filing for now."""
    clean = textutil.normalize_for_parsing(text or "").strip()
    return bool(_WITHDRAW.search(clean)) and not wants_it_filed(clean)


def wants_it_filed(text: str | None) -> bool:
    """At the summary, "算了 提交吧" wants the case filed: the "算了" gives up checking, not the matter."""
    clean = textutil.normalize_for_parsing(text or "")
    return bool(_SUBMIT.search(clean)) and not _NOT_NOW.search(clean)


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
