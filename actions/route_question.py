"""The answer to the route question, and the citizen's "途径不对" after the summary.

A yes/no answer (button, affirm/deny, or words such as "是的", "不是用人单位") settles the route and the
summary follows. "不知道" keeps the route the story points to. When the citizen says the route shown is
wrong, the question is asked again if there is one, else the likely routes are offered as buttons. The
questions, their order and where each answer leads are legal knowledge: `route_questions` in
knowledge/legal_routes.yml, read by `bot.route_model.questions`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.correction_parse import is_explicit_correction
from actions.corrections import CorrectDetail
from actions.matter_split import answer_and_later_matter
from actions.question_detect import detect_question
from actions.questions import answer_in_context
from actions.route_answers import answers_given, with_answers
from actions.route_slots import (
    CHOOSE,
    LIKELY_MIN,
    ROUTE_CHOICE_ENTITY,
    ask_question,
    decoded,
    fresh_decision,
    offer_choices,
    redecided,
    settle,
)
from actions.stop_intake import STOPPED_KEPT, withdraws
from actions.submit_early import submit_at_route_question
from actions.summary import show_summary
from actions.unclear_replies import last_bot_text
from bot.domain.knowledge import load_knowledge, route_brief
from bot.domain.knowledge_records import ROUTE_VARIANTS
from bot.domain.routing import RouteDecision, RouteQuestion, route_title
from bot.domain.text import normalize_for_parsing
from bot.route_model.examples import label_of, split_label
from bot.route_model.questions import answered_by_naming

_SURE_YES = re.compile(
    r"^(?:没错|没问题|是的|对的|正是|冇错|冇问题|冇毛病|没毛病|系啊|系呀|啱啊|啱嘅|对头|嗯呐|要得)"
)
# dialect too: 唔系/唔啱/冇 (Cantonese), 莫得 (southwest)
_NO = re.compile(r"^(?:不是|不对|不算|没有|没|否|不|非|唔|冇|莫得|木有|no\b|nope)|不是")
_YES = re.compile(r"^(?:是|对|嗯|恩|没错|对的|确实|有|算|当然|啱|系|係|要得|中|得|yes\b|ok\b|好的?)")
_DONT_KNOW = re.compile(r"不知道|不清楚|不确定|说不好|不懂|搞不清|随便|不晓得|不了解|说不清|拿不准")
# a plain "no" that may go on with a doubt ("不是 具体我也不清楚"): still a no
_PLAIN_NO = re.compile(r"^(?:不是|不对|不算|没有|唔系|唔係|冇)(?![知晓清懂])")
# "是邻村 不是政府": a yes that says who it is, then that it is not the government (the private question's words)
_YES_THEN_NOT = re.compile(r"^是(?!不是)[^,，。\s不]{1,10}[\s,，]+不是(?:政府|官方|国家|机关|当官)")
REOPEN_INTENTS = frozenset({"correct_route"})
_TITLE_MIN, _TITLE_SHARE = 4, 0.6  # a typed route title: at least 4 characters and most of the message
REASKED = ("请回答“是”或“不是”", "请点一下上面的选项")  # the question asked again: a second time is the last


def yes_or_no(text: str, intent: str | None) -> bool | None:
    """True for yes, False for no, None when the answer is neither (words win over a doubtful intent)."""
    words = normalize_for_parsing(text or "").lower().strip(" 。，,.!！~～")
    if words and _SURE_YES.search(words):
        return True
    if words and _YES_THEN_NOT.match(words):
        return True  # "是邻村 不是政府": a yes, and what it is not
    if words and _DONT_KNOW.search(words) and not _PLAIN_NO.match(words):
        return None  # "不知道", "不晓得": neither (not the "不" of a no); the story's route is kept
    if words and _NO.search(words):
        return False
    if words and _YES.search(words):
        return True
    if intent == "affirm":
        return True
    if intent == "deny":
        return False
    return None


def _chosen_label(tracker: Tracker, choices: list[str]) -> str | None:
    """The route picked from the buttons (entity), or named in words by its title."""
    for entity in tracker.latest_message.get("entities") or []:
        if entity.get("entity") == ROUTE_CHOICE_ENTITY and entity.get("value") in choices:
            return str(entity["value"])
    text = normalize_for_parsing(tracker.latest_message.get("text") or "")
    for label in choices:
        if text and text in route_title(*split_label(label)):
            return label
    return titled_route(text)


def titled_route(text: str) -> str | None:
    """The route whose title a typed message gives whole ("劳动保障监察投诉（欠薪、社保等）" typed, not
    tapped): the citizen's choice even when the buttons offered it under another name or not at all. The
    title must be most of the message, so "我想咨询一下" picks no "咨询"."""
    titles: dict[str, str] = {}
    for code in load_knowledge().routes:
        for variant in (None, *ROUTE_VARIANTS.get(code, ())):
            titles.setdefault(normalize_for_parsing(route_title(code, variant)), label_of(code, variant))
    named = {
        label
        for title, label in titles.items()
        if title in text and len(title) >= max(_TITLE_MIN, _TITLE_SHARE * len(text))
    }
    return named.pop() if len(named) == 1 else None


def _answered_by_title(options: dict[str, Any], text: str) -> bool | None:
    """ "信访事项（申诉求决）" typed at a yes/no question: the route one of its answers leads to, named whole."""
    named = titled_route(normalize_for_parsing(text))
    for answer, key in ((True, "yes"), (False, "no")):
        route = decoded(options.get(key))
        if named is not None and route is not None and label_of(route.code, route.variant) == named:
            return answer
    return None


def _said_again(slots: dict[str, Any], route: RouteDecision, text: str) -> RouteDecision | None:
    """The route shown, when the citizen's words only repeat the answer they already gave to its question."""
    asked, given = route.question, answers_given(slots)
    if asked is None or asked.key not in given or yes_or_no(text, None) != given[asked.key]:
        return None
    kept = with_answers(route, given)
    return (
        kept
        if (kept.code, kept.variant) == (slots.get("route"), slots.get("route_variant") or None)
        else None
    )


def _settled(
    dispatcher, slots: dict[str, Any], route: RouteDecision, answer: bool | None = None
) -> list[EventType]:
    return settle(slots, route, answer) + show_summary(dispatcher, slots, route)


def _chosen(label: str, reason: str) -> RouteDecision:
    code, variant = split_label(label)
    return RouteDecision(code, variant, reason)


def _proposed(again: RouteDecision, shown: str, variant: str | None, before: RouteDecision) -> RouteDecision:
    """The route the citizen's words point to, put to them as a yes/no question: yes settles it, no keeps the
    reading of the details alone."""
    said = f"{again.reason}；群众指出原途径（{route_title(shown, variant)}）不对"
    question = RouteQuestion(
        "route_named",
        f"按您说的，这件事比较合适的途径是：{route_title(again.code, again.variant)}。是这样吗？",
        RouteDecision(again.code, again.variant, said),
        replace(before, question=None),
    )
    return replace(again, reason=said, question=question)


class AnswerRouteQuestion(Action):
    def name(self) -> str:
        return "action_answer_route_question"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        slots = dict(tracker.slots)
        text = tracker.latest_message.get("text") or ""
        later = answer_and_later_matter(text, slots)
        if (
            later
        ):  # "对 另外建议一下 …": the yes answers the question; the suggestion waits for after this case
            dispatcher.utter_message(text=later.note)
            slots.update(later.updates)
            return [
                *(SlotSet(k, v) for k, v in later.updates.items()),
                *await self.run_answer(dispatcher, tracker, slots, later.answer),
            ]
        return await self.run_answer(dispatcher, tracker, slots, text)

    async def run_answer(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, slots: dict[str, Any], text: str
    ) -> list[EventType]:
        submitted = await submit_at_route_question(dispatcher, tracker)
        if submitted is not None:  # "对 提交": filed with the route the story points to
            return submitted
        if withdraws(text):  # "先不报了" ends the question too; what was said stays
            dispatcher.utter_message(text=STOPPED_KEPT)
            return [SlotSet("route_question", None), SlotSet("awaiting_confirmation", False)]
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        pending = slots.get("route_question")
        options = slots.get("route_options") or {}
        # "不是用人单位" reads as a route correction, but while the question is open it is its answer
        reopen = intent in REOPEN_INTENTS and (pending == CHOOSE or yes_or_no(text, None) is None)
        if not pending and is_explicit_correction(text, slots, reviewing=True):
            # "是表扬李医生 她名字叫李春燕" at the summary reads like a route complaint, but corrects a detail
            corrected = CorrectDetail.tentative(dispatcher, tracker)
            if corrected is not None:
                return corrected
        if reopen or not pending or not options:
            return self.reopen(dispatcher, slots, text)
        default = decoded(options.get("default"))
        if pending == CHOOSE:
            label = _chosen_label(tracker, list(options.get("choices") or []))
            if label is not None:
                return _settled(
                    dispatcher,
                    slots,
                    _chosen(label, f"群众在建议途径中选择了：{route_title(*split_label(label))}"),
                )
        else:
            answer = answered_by_naming(str(pending), text)  # "不是 是装修公司": a company, so yes
            answer = _answered_by_title(options, text) if answer is None else answer
            answer = yes_or_no(text, intent) if answer is None else answer
            if answer is not None:
                route = decoded(options.get("yes" if answer else "no"))
                if route is not None:
                    return _settled(dispatcher, slots, route, answer)
        if _DONT_KNOW.search(normalize_for_parsing(text)) and default is not None:
            dispatcher.utter_message(text="没关系，先按您讲的情况走，工作人员受理时还会再看。")
            return _settled(
                dispatcher,
                slots,
                RouteDecision(default.code, default.variant, default.reason + "；群众说不清楚"),
            )
        if default is not None and last_bot_text(tracker).startswith(REASKED):
            # asked twice and still no yes or no: not a third time; the route the story points to, staff check it
            dispatcher.utter_message(text="没关系，先按您讲的情况走，工作人员受理时还会再看。")
            return _settled(
                dispatcher,
                slots,
                RouteDecision(default.code, default.variant, default.reason + "；群众没有确答"),
            )
        asked = detect_question(text)
        said = answer_in_context(asked, text, slots.get("issue_text")) if asked is not None else None
        if (
            said
        ):  # "咬了孙子打狂犬疫苗花了一千多 能让她赔不": answered first, then the question again (hz-018)
            dispatcher.utter_message(text=said)
        if pending == CHOOSE:
            dispatcher.utter_message(text="请点一下上面的选项，或者说“不知道”，我先按您讲的情况走。")
        else:
            question = options.get("question") or ""
            dispatcher.utter_message(
                text=f"请回答“是”或“不是”：{question}",
                buttons=[{"title": "是", "payload": "/affirm"}, {"title": "不是", "payload": "/deny"}],
            )
        # the question stays open (rules/route.yml: "the route question is asked again")
        return [SlotSet("route_question", pending), SlotSet("awaiting_confirmation", True)]

    @staticmethod
    def reopen(dispatcher: CollectingDispatcher, slots: dict[str, Any], text: str = "") -> list[EventType]:
        """ "途径不对": the question again when there is one, else the likely routes as buttons. Asked as a
        question ("扣工资不应该找劳动局吗"), the route shown is explained first."""
        route = fresh_decision(slots, reasking=True)
        shown = slots.get("route")
        kept = _said_again(slots, route, text)
        if kept is not None:  # "都说了不是 是政府": the answer already given, and the route shown follows it
            dispatcher.utter_message(text="好的，您说过了，我是按您说的记的。")
            return _settled(dispatcher, slots, kept)
        if shown:
            again = redecided(slots, text)
            if again.code != shown and again.question is None and again.confidence >= LIKELY_MIN:
                # "啥复议 俺是要工钱 又不是告政府": what was said points to another route; "是" settles it and the
                # summary shows it (asked, so the route question's rules carry the turn)
                route = _proposed(again, shown, slots.get("route_variant") or None, route)
            elif again.code != shown:
                route = again
        lead = "好的，我们重新确认一下途径。"
        if slots.get("route") and detect_question(text) is not None:
            lead = f"{route_brief(str(slots['route']), slots.get('route_variant') or None)}\n{lead}"
        events = (
            ask_question(dispatcher, route, lead, slots)
            if route.question
            else offer_choices(dispatcher, route, lead, slots)
        )
        return events + [SlotSet("awaiting_confirmation", True)]
