"""Replies to messages the bot cannot read: no words, markup, pinyin, another language, or a "那咋办" after
the bot said how to check progress without the case number."""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from actions.more_story import announces_only
from actions.pinyin import PINYIN_REPLY as PINYIN_REPLY
from actions.pinyin import looks_like_pinyin
from actions.progress import LOST_NUMBER, LOST_NUMBER_REPLY
from actions.progress_turns import WHAT_NOW
from bot.cases.numbers import CASE_NUMBER_IN_TEXT
from bot.domain import text as textutil
from bot.domain.safety_help import HELP_ONLY_REPLY, asks_help_only
from bot.parsing.phone import extract_phone

LONG_MESSAGE = 2000
# "行了 俺知道了", "哦 明白了", "懂了懂了": an answer taken in, nothing asked or told
_UNDERSTOOD = re.compile(
    r"(?:(?:行|好|嗯+|哦+|噢|那|那好|中|得|晓得)(?:了|的|吧|啊)?[\s,，。!！~～]*)*(?:我|俺|咱|额)?(?:都|就|算是?)?"
    r"(?:知道|明白|懂|晓得|清楚|了解)(?:了|啦|咯|喽|嘞)+(?:[\s,，。!！~～]*(?:知道|明白|懂)了)*[\s,，。!！~～]*"
)
UNDERSTOOD_REPLY = "好的。还有想问的、想反映的，随时跟我说。"
ANNOUNCED_REPLY = "您说，我听着。想问什么、想反映什么，直接打字说就行，说得越具体，我帮得越准。"
# "那咋办", "怎么办呢": what now, after the bot said how to check without the case number
LOST_NUMBER_AGAIN = (
    "没关系，没有编号也能查到：拨打当地信访部门公布的电话，报上您的姓名和登记时留的电话，工作人员会帮您查；"
    "也可以说“转人工”，我请工作人员联系您。"
)


def last_bot_text(tracker: Tracker) -> str:
    for event in reversed(tracker.events):
        if event.get("event") == "bot":
            return event.get("text") or ""
    return ""


# "电话是135… 你帮我查一下不行吗" after that: a phone alone finds no case here, and the citizen hears why
PHONE_ONLY_REPLY = (
    "只凭电话我这里查不到：要事项编号加上登记时留的电话（或查询码）才能查，这样别人拿着您的电话也查不到您的事。"
    "编号在登记完成时的那条回复里，以XF开头。实在找不到，拨打当地信访部门公布的电话，报上姓名和这个电话，"
    "工作人员会帮您查；也可以说“转人工”，我请工作人员联系您。"
)


def lost_number_followup(tracker: Tracker) -> str | None:
    """ "真的忘了 那咋办" right after the bot said how to check without the number: the ways, said again; a phone
    alone then ("电话是135… 你帮我查一下"): why it is not enough, and the ways."""
    clean = textutil.normalize_for_parsing(tracker.latest_message.get("text") or "")
    told = last_bot_text(tracker) in (LOST_NUMBER_REPLY, LOST_NUMBER_AGAIN, PHONE_ONLY_REPLY)
    if told and extract_phone(clean) and not CASE_NUMBER_IN_TEXT.search(clean):
        return PHONE_ONLY_REPLY
    if not (LOST_NUMBER.search(clean) or WHAT_NOW.search(clean)):
        return None
    return LOST_NUMBER_AGAIN if told or "编号" in clean else None


def phone_kept_for_check(tracker: Tracker, reply: str | None) -> list[EventType]:
    """The phone a citizen gave to check a matter without its number, kept for the check when the number comes
    and for "就是刚才那个电话" later (the message itself is stored with the number masked)."""
    if reply != PHONE_ONLY_REPLY:
        return []
    number = extract_phone(textutil.normalize_for_parsing(tracker.latest_message.get("text") or ""))
    return [SlotSet("progress_phone", number)] if number else []


def unclear_reply(text: str) -> str:
    """A polite, useful answer to a message the bot cannot read."""
    clean = textutil.normalize_for_parsing(text or "")
    if not textutil.has_words(clean):
        return "我没看到文字内容。遇到什么难事了吗？愿意的话，直接打字跟我说说，我帮您登记。"
    if looks_like_pinyin(text):
        return PINYIN_REPLY
    if textutil.looks_like_markup(text):
        return "我只能看懂普通文字。请直接用文字说说遇到的问题。"
    if not textutil.has_cjk(clean):
        return "我目前只能用中文交流。请用中文说说您想反映的事情。（Sorry, I can only help in Chinese.）"
    if len(clean) > LONG_MESSAGE:
        return "内容比较长，我都记下了。能不能用几句话再概括一下主要诉求？"
    if asks_help_only(clean):  # "喂 你们能帮帮我吗": yes, and 110 in reach (bot.domain.safety_help)
        return HELP_ONLY_REPLY
    if announces_only(clean):  # "同志 我想问个事": welcomed, and the question awaited
        return ANNOUNCED_REPLY
    if _UNDERSTOOD.fullmatch(clean.strip()):
        return UNDERSTOOD_REPLY
    return "抱歉，我没太明白。您可以直接说遇到了什么问题、发生在哪里，我帮您登记。"
