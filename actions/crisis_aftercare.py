"""Short messages after the hotlines were given that the classifier cannot place: "算了 说了也没用", "你们能来看看我吗",
"好 我打打看", "那你回答我啊", "你们是不是也要告诉我爸妈".

Alone they say little, so they are read only when a crisis was told earlier in the conversation; then each gets a
plain, kind answer with the right line in reach, never "没太明白" or a lecture.
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.consultation import earlier_user_texts
from actions.crisis_asides import aside_after_crisis
from actions.crisis_company import company_reply
from actions.crisis_questions import ASKED_ONLY
from actions.crisis_timing import HELP_COMING, help_called
from bot.domain import text as textutil
from bot.domain.safety import detect_crisis, tells_self_harm

# giving up on talking: "算了 说了也没用", "说了有啥用", "没用的"
_GIVING_UP = re.compile(
    r"说了?(?:也|都)?(?:没|冇|没有)用|说(?:了)?有(?:什么|啥|么子)用|^(?:算了)?(?:没|冇)用的?$"
)
# the line given will be called: "好 我打打看", "行 我这就打", "那我打一下试试"
_WILL_CALL = re.compile(
    r"(?:好|好的|行|嗯|那|那好|知道了|晓得了)?(?:我|俺)?(?:这就|马上|现在|等下|等会儿?|一会儿?|回头)?(?:去)?"
    r"打(?:110|120|119|12356|12338|12355|这个|那个)?(?:电话)?(?:打看|打试试|一下|一下试试|个电话|个试试|一个|试试|试一下|看看|过去)?"
    r"(?:吧|啊|看看)?(?:谢谢)?"
)
# the answer asked for again: "那你回答我啊", "你倒是说啊", "你还没回答我"
_DEMANDS_ANSWER = re.compile(
    r"(?:那|那你|你)?(?:倒是|快|先|还没|到底)?(?:回答|回复|说)(?:我|一下)?(?:啊|呀|吧|呢|嘛)?"
)
_MARKS = re.compile(r"[\s,，.。!！?？~～、…]+")

CALL_WELL = (
    "好。打通了，会有专业的人陪您好好说说话；打不通，或者觉得撑不住、有危险，马上打120或110。"
    "我们也一直在，您想说的时候随时跟我说。"
)
CALL_WELL_DANGER = "好。打通了先说清楚详细地址、发生了什么、现在有没有人受伤。我们也一直在，有事随时跟我说。"
SAID_AGAIN = "我再说一遍："


def short_reply_after_crisis(text: str, told: str, last_answer: str | None = None) -> str | None:
    """A few words after the hotlines (`told`: what was said before): giving up, calling the line, or the answer
    asked for again (`last_answer`: the bot's latest). None for any other message."""
    compact = _MARKS.sub("", textutil.normalize_for_parsing(text))
    self_harm = tells_self_harm(told)
    if self_harm and _GIVING_UP.search(compact):
        return company_reply(compact, what_for=True)
    if not self_harm and help_called(compact):  # "打了110了 说马上来 俺好怕": how to wait for them
        return HELP_COMING
    if _WILL_CALL.fullmatch(compact):
        return CALL_WELL if self_harm else CALL_WELL_DANGER
    if _DEMANDS_ANSWER.fullmatch(compact) and last_answer:
        return SAID_AGAIN + last_answer
    return None


def _last_answer(tracker: Tracker) -> str | None:
    """The bot's latest answer before this message, leaving out the line that only offers to register."""
    for event in reversed(tracker.events):
        if event.get("event") == "bot" and (said := event.get("text")) and said != ASKED_ONLY:
            return said
    return None


def aftercare_turn(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType] | None:
    """The turn for a message after a crisis that no other reading placed; None when there was no crisis
    before or the message is none of these (read as usual)."""
    text = tracker.latest_message.get("text") or ""
    earlier = earlier_user_texts(tracker)
    told = "\n".join([*earlier, str(tracker.get_slot("issue_text") or "")])
    if not earlier or detect_crisis(told) is None:
        return None
    reply = aside_after_crisis(text, told) or short_reply_after_crisis(text, told, _last_answer(tracker))
    if reply is None:
        return None
    dispatcher.utter_message(text=reply)
    return [SlotSet("urgent", True)]
