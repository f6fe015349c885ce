"""How the crisis action reads a message beside the danger: a short answer, a past beating, the story told in
the same breath (only the matter, never a threat alone, starts the intake)."""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import services
from actions.intake_turn import TurnResult
from actions.matter_kind import tells_a_story
from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind
from actions.struggle import threat_note
from actions.turn_adapter import read_tracker_turn
from bot.domain.safety import (
    beating_only,
    danger_now,
    detect_crisis,
    harm_told_as_past,
    without_crisis_clauses,
)
from bot.domain.safety_tense import PAST_AFTER_DAYS
from bot.domain.safety_words import HARM_WORDS_RE
from bot.domain.text import cjk_count
from bot.parsing.occurred_at import span_of

# a guess on a short message that answers the question asked ("就他一个" at the head count) is that answer:
# no check-in and no urgent flag. Danger in a few words ("他拿着刀", "救命") is in the crisis lexicon.
SHORT_ANSWER_CHARS = 10


# what is left beside the threat must still say something ("工资拖了半年 老板不给"), not only "让他们看看"
MIN_MATTER_CJK = 6


def tells_a_matter(text: str) -> bool:
    """Does the message tell a matter beside the threat? "我不想活了 明天带汽油去县政府门口 烧死在他们面前" tells
    none: the threat is not the story, and the matter is asked for instead."""
    return tells_a_story(text) and cjk_count(without_crisis_clauses(text)) >= MIN_MATTER_CJK


def with_harm_told_before(tracker: Tracker, text: str) -> str:
    """The story with the message just before it when that one told violence at home and no matter
    ("我老公打我 他在旁边" then "昨晚上又打了 打我头"): who hits her is part of what happened; else the text."""
    said = [e.get("text") or "" for e in tracker.events if e.get("event") == "user"][:-1]
    if not said or tracker.get_slot("issue_text"):
        return text
    signal = detect_crisis(said[-1], today=today())
    told_only_harm = (
        signal is not None and signal.kind == "domestic_violence" and not tells_a_matter(said[-1])
    )
    return f"{said[-1].strip()} {text.strip()}" if told_only_harm else text


def today() -> date:
    """Today where the citizens are: a date told ("9月12日晚上被打") is read against it."""
    return services.now_local().date()


def say_threat_note(dispatcher: CollectingDispatcher, text: str) -> None:
    """ "再不处理我就带着儿子去北京": going over the office's head answered honestly (第20条) before the questions."""
    note = threat_note(text)
    if note:
        dispatcher.utter_message(text=note)


def plain_answer(tracker: Tracker, text: str) -> TurnResult | None:
    """The reading of a short message that fills the question asked, with nothing saying danger is now; else
    None."""
    asked = tracker.get_slot("requested_slot")
    if tracker.active_loop.get("name") != "intake_form" or not asked or danger_now(text):
        return None
    if len(re.sub(r"[\s\W]", "", text)) > SHORT_ANSWER_CHARS:
        return None
    result = read_tracker_turn(tracker, intent="inform")
    return result if asked in result.updates else None


def about_a_past_harm(tracker: Tracker, text: str) -> bool:
    """The message tells a past beating, or answers about the one the story told ("打我的是楼下的") with
    nothing saying the danger is back ("他又来了" stays a crisis)."""
    return harm_told_as_past(text, today=today()) or (
        harm_told_as_past(tracker.get_slot("issue_text"), today=today()) and not danger_now(text)
    )


def beating_the_case_dates_past(tracker: Tracker, text: str) -> bool:
    """ "不是！是养老院的护工打我爸" when the case already dates the beating last week: the matter told again, no
    alarm. A beating with no date yet, or dated today or yesterday, stays a crisis."""
    span = span_of(tracker.get_slot("occurred_at"))
    return span is not None and (today() - span[1]).days >= PAST_AFTER_DAYS and beating_only(text)


# "他打我是在家里", "打她都是在卧室": where the beating told already happened, said as a place
_WHERE_IT_HAPPENED = re.compile(
    r"(?:打|揍|踢|掐|砸)(?:了)?(?:我|俺|她|他|孩子)?(?:是|都是|就是|一般是)在(?:家|屋|卧室|厨房|客厅|院|他家|我家|村|单位|厂)"
)


def beating_placed(tracker: Tracker, text: str) -> bool:
    """ "株洲市芦淞区建设街道 家是在荷塘区 他打我是在家里" after the alarm: the beating already told is placed, no new
    danger; the message answers where it happened."""
    return (
        bool(tracker.get_slot("urgent"))
        and bool(_WHERE_IT_HAPPENED.search(text))
        and beating_only(text)
        and not danger_now(text)
    )


def asks_without_harm(text: str) -> QuestionKind | None:
    """What a question with no word of harm to a person in it asks (no check-in, no urgent flag on a guess);
    None for no question or one with harm in it."""
    return None if HARM_WORDS_RE.search(text) else detect_question(text)
