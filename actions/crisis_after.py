"""Turns after the alarm was given, that need no second alarm: the despair said again in plain words (kept
company, actions.crisis_company); from someone beaten at home, "保护令和离婚到底能不能一起办" (yes, both at the
court) and "能不能别写他名字 写了他知道是我告的 更要打我" (yes: "跳过" is enough, and what he may learn), answered
instead of the hotline card once more."""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.crisis_company import keep_company
from actions.crisis_questions import asks_order_with_divorce
from bot.domain.knowledge import faq_answer
from bot.domain.safety import CrisisSignal, acute_now
from bot.domain.text import normalize_for_parsing

# leaving the one who hits out of the record: "能不能别写他名字", "他的名字不写行不行", "对方就不填了吧"
_LEAVE_HIM_OUT = re.compile(
    r"(?:别|不要|甭|不|能不能不|可不可以不|能不)(?:写|登记|记|填|留)(?:上)?(?:他|她|对方|那个人)(?:的)?(?:名字|姓名|名)?"
    r"|(?:他|她|对方)的?(?:名字|姓名)(?:能不能|可不可以)?(?:别|不要|不|甭)(?:写|登记|记|填)"
)
LEAVE_HIM_OUT = "可以。他的名字不想写，说“跳过”就行，这件事照样登记。"


def asks_to_leave_him_out(text: str | None) -> bool:
    """ "能不能别写他名字": the one who hits kept out of the record."""
    return bool(_LEAVE_HIM_OUT.search(normalize_for_parsing(text or "")))


def after_the_alarm(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str, signal: CrisisSignal | None
) -> list[EventType] | None:
    """The turn for a message after the alarm that needs none again; None for any other (the crisis action goes on)."""
    if signal is None:
        return keep_company(dispatcher, tracker, text)
    if not tracker.get_slot("urgent") or acute_now(text):
        return None
    told = f"{tracker.get_slot('issue_text') or ''}\n{text}"
    if asks_order_with_divorce(text, told):  # "对 那保护令和离婚到底能不能一起办" at the summary
        dispatcher.utter_message(text=faq_answer("order_and_divorce"))
        if tracker.get_slot("awaiting_confirmation"):
            dispatcher.utter_message(response="utter_ask_confirm")
        return []
    if asks_to_leave_him_out(text):
        dispatcher.utter_message(text=LEAVE_HIM_OUT)
        dispatcher.utter_message(text=faq_answer("confidentiality_violence"))
        return [SlotSet("urgent", True)]
    return None
