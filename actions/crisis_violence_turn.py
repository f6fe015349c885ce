"""A question about divorce or the court's protection, asked by someone beaten at home once the hotlines were given.

"我能离婚吗 他说离婚就弄死我", "能不能让他别靠近我": the threat told beside the question is part of the story, not a
new alarm. The same hotline block again answers nothing; the question gets its reviewed answer (起诉离婚, 人身安全
保护令), 110 stays in one line, and the rest of the message still answers the intake's question.
"""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.crisis_questions import violence_question_answer
from actions.crisis_turns import read_as_likely_meant
from bot.domain.safety import happening_now

STILL_IN_REACH = "有危险请马上打110，您也可以打12338妇女维权热线。"


def violence_question(tracker: Tracker, text: str) -> str | None:
    """The answer when the crisis was answered already and the message asks about divorce or protection."""
    if not tracker.get_slot("urgent") or happening_now(text):
        return None  # the first alarm comes first, and harm going on now gets it again ("他又来了")
    told = f"{tracker.get_slot('issue_text') or ''}\n{text}"
    return violence_question_answer(text, told)


def answer_violence_question(
    dispatcher: CollectingDispatcher, tracker: Tracker, answer: str
) -> list[EventType]:
    """The answer, 110 in one line, and the message read as the intake's answer."""
    dispatcher.utter_message(text=STILL_IN_REACH)
    events = read_as_likely_meant(dispatcher, tracker)
    said = "".join(message.get("text") or "" for message in dispatcher.messages)
    if answer not in said:
        dispatcher.utter_message(text=answer)
        if tracker.active_loop.get("name") == "intake_form" and not events:
            dispatcher.utter_message(response=f"utter_ask_{tracker.get_slot('requested_slot')}")
    return [SlotSet("urgent", True), *events]
