"""Keeping company with someone who said they do not want to live, when the despair comes back in plain words:
"你们登记有什么用 没人管我", "算了 你们别问了 反正也没人在乎", "我就是想有人跟我说说话".

They hear that someone cares, that staff will call, and the help line (12356, from the knowledge file's crisis
guide) every time; never a lecture, a fallback or the next question in its place. "别问了" ends the questions
(what was said is kept); an answer said with the despair ("老伴今年春天走的") still fills the question asked.
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.crisis_asides import help_line
from actions.turn_adapter import read_tracker_turn, slot_events
from bot.domain.safety import tells_self_harm
from bot.domain.safety_despair import asks_what_for, stops_the_questions, tells_despair

COMPANY = (
    "我在听。一个人扛着这些，太难受了。您的事我们记着，值班工作人员会尽快联系您。"
    "想找人说说话，现在就可以打{line}心理援助热线，有专业的人陪您聊；觉得撑不住、有危险，请马上打120或110。"
)
WHAT_FOR = "有用，我们在乎您。"
STOPPED = "好，不问了，您说过的我们都留着。"
GO_ON = "您愿意的话，我们慢慢把事情登记下来；不想说了，跟我说一声就行。"


def self_harm_told_before(tracker: Tracker) -> bool:
    """Did an earlier message of this conversation say the citizen (or someone) may end their life?"""
    said = [e.get("text") or "" for e in tracker.events if e.get("event") == "user"][:-1]
    return any(tells_self_harm(text) for text in said)


def despair_after_self_harm(tracker: Tracker, text: str) -> bool:
    """ "你们登记有什么用 没人管我" after "不想活了": the crisis action answers it, not the question's answer alone."""
    return tells_despair(text) and self_harm_told_before(tracker)


# "算了 就这样提交吧" files what was told: no stop
_SUBMITS = re.compile(r"提交|交上去|就这样登|登记吧|帮我登")


def stopped_after_self_harm(tracker: Tracker, text: str) -> str | None:
    """ "广州市白云区 我不想说了" during the intake, after "不想活了": the questions stop, kindly, with the line in
    reach (what was said is kept); None for any other message."""
    if not stops_the_questions(text) or _SUBMITS.search(text) or not self_harm_told_before(tracker):
        return None
    return company_reply(text, stopping=True)


def company_reply(text: str, *, stopping: bool = False, what_for: bool = False) -> str:
    """Citizen text: someone cares, staff will call, the help line; "好，不问了" first when the questions stop,
    "有用" first when they doubt it helps (`what_for`: "说了也没用", said without asking)."""
    line = help_line()
    head = STOPPED if stopping else (WHAT_FOR if what_for or asks_what_for(text) else "")
    return head + COMPANY.format(line=line)


def keep_company(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> list[EventType] | None:
    """The turn for despair said after a self-harm crisis; None for any other message (read as usual)."""
    if not despair_after_self_harm(tracker, text):
        return None
    events: list[EventType] = [SlotSet("urgent", True), SlotSet("handoff_requested", True)]
    in_intake = tracker.active_loop.get("name") == "intake_form"
    if in_intake and stops_the_questions(text):
        dispatcher.utter_message(text=company_reply(text, stopping=True))
        return [*events, ActiveLoop(None), SlotSet("requested_slot", None), FollowupAction("action_listen")]
    asked = tracker.get_slot("requested_slot")
    if in_intake and asked:
        result = read_tracker_turn(tracker, intent="inform")
        if result.updates.get(asked):  # "老伴今年春天走的" at the time question; a place with its code
            events += slot_events(result)
    dispatcher.utter_message(text=company_reply(text))
    if in_intake:
        dispatcher.utter_message(text=GO_ON)
    return events
