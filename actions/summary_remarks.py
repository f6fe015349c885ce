"""Remarks at the summary the classifier was unsure of that are about the record, never more of the story: the
urgent flag declined ("紧急就不用了吧 我说了开玩笑的"), a detail already written said again ("我说的是他的名字 马某某
记上"). Each is answered and the summary waits for its yes (pure readers; the action is HandleUnclear)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.slots import NOT_PROVIDED, SLOT_LABELS
from actions.summary import display_value
from actions.turn_replies import CONFIRM_REMINDER
from bot.domain import text as textutil

# "紧急就不用了", "不用标紧急", "别按加急", "不算紧急的事"
_NO_URGENT = re.compile(
    r"(?:紧急|加急)(?:的)?(?:标记|标志)?(?:就|也|那个)?(?:不用|不要|不必|别|算了|取消|去掉|免了)"
    r"|(?:不用|不要|不必|别|取消|去掉)(?:给我|帮我)?(?:标|标记|写|算|按|弄)?(?:成|为|作)?(?:紧急|加急)"
    r"|不(?:算|是)(?:什么|啥)?(?:紧急|急)(?:的)?事"
)
# the alarm taken back: "我说了开玩笑的", "气话", "没事"
_TAKEN_BACK = re.compile(
    r"开玩笑|玩笑话|说着玩|随口说|气话|说说而已|没事(?:的|了)?|人好好的|不会(?:真)?(?:去|想)"
)
URGENT_DROPPED = "好的，紧急标记去掉了，这件事按一般事项正常办理。"
URGENT_KEPT = (
    "好的，事情照常办理。紧急标记只是让工作人员先跟您联系一下，不影响怎么办，我先留着；"
    "您确实不需要的话，工作人员联系时跟他们说一声就行。"
)
# a detail already written said again, with words about the record: "我说的是他的名字 …记上", "你没听明白"
_SAID_AGAIN = re.compile(
    r"(?:你|您)(?:没|没有)(?:听|看)(?:明白|懂|清楚?)|我说的是|(?:记|写)上(?:吧|啊|呀)?$|听错了|理解错了"
)
# details whose value, found in the message, is the one said again
_RESTATABLE = ("respondent", "petitioner_name", "phone", "prior_report", "address")
_MIN_VALUE = 2


def urgent_remark(text: str | None, slots: Mapping[str, Any]) -> tuple[str, bool] | None:
    """The reply to the urgent flag declined at the summary, and whether it stays set; None when not declined."""
    clean = textutil.normalize_for_parsing(text or "")
    if not _NO_URGENT.search(clean):
        return None
    if not slots.get("urgent"):
        return URGENT_DROPPED, False
    return (URGENT_DROPPED, False) if _TAKEN_BACK.search(clean) else (URGENT_KEPT, True)


def already_written(text: str | None, slots: Mapping[str, Any]) -> str | None:
    """ "你没听明白 我说的是他的名字 马某某 记上" with 马某某 on record: the reply that it is written; else None."""
    clean = textutil.normalize_for_parsing(text or "")
    if not _SAID_AGAIN.search(clean):
        return None
    rest = _SAID_AGAIN.sub(" ", clean)  # "我说的是刘某某": the value alone
    pieces = [p for p in re.split(r"[\s,，、。!！]+", rest) if textutil.cjk_count(p) >= _MIN_VALUE]
    for slot in _RESTATABLE:
        value = slots.get(slot)
        if isinstance(value, str) and value != NOT_PROVIDED and any(p in value for p in pieces):
            return f"这一项已经记上了：{SLOT_LABELS[slot]}是“{display_value(slot, value)}”。"
    return None


def remark_events(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType] | None:
    """At the summary: the remark answered, the flag changed if asked, and the summary's question again; None when
    the message is no such remark."""
    if not tracker.get_slot("awaiting_confirmation") or tracker.active_loop.get("name"):
        return None
    text = tracker.latest_message.get("text")
    urgent = urgent_remark(text, tracker.slots)
    written = None if urgent else already_written(text, tracker.slots)
    if urgent is None and written is None:
        return None
    dispatcher.utter_message(text=urgent[0] if urgent else written)
    dispatcher.utter_message(text=CONFIRM_REMINDER)
    return [SlotSet("urgent", urgent[1])] if urgent and bool(tracker.get_slot("urgent")) != urgent[1] else []
