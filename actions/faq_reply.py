"""Questions mid-way: the answer a message asks for, from the knowledge file, whatever intent it was given."""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions import services
from actions.consultation import (
    consultation_answer,
    consultation_before,
    county_of,
    earlier_user_texts,
    follow_up_answer,
    is_consultation,
    names_service,
)
from actions.corrections import CorrectDetail
from actions.filed_questions import filed_case_answer, filed_route
from actions.height_reminder import height_reminder
from actions.matter_kind import is_grievance
from actions.not_a_matter import after_progress_answer
from actions.progress_turns import asks_if_wait_is_normal
from actions.question_detect import detect_question, further_questions
from actions.question_kinds import PLAIN_FIRST, QuestionKind
from actions.questions import answer_in_context, own_answer, own_matter_answer
from actions.route_slots import likely_route
from actions.story_kind import story_kind
from actions.struggle import frustration_answer, sounds_frustrated, speaks_of_going_higher
from actions.summary_fix import corrects_the_summary
from actions.summary_turn import at_the_summary, summary_answered, with_summary_again
from actions.tracker_intents import latest_intent
from actions.turn_adapter import answers_the_question_asked, read_tracker_turn, say_notes, slot_events
from bot.domain import text as textutil
from bot.domain.knowledge import faq_answer
from bot.domain.routing import RouteDecision

FAQ_BY_INTENT = {
    "ask_what_is_petition": "what_is_petition",
    "ask_channels": "channels",
    "ask_next_steps": "next_steps",
    "ask_duration": "how_long",
    "ask_privacy": "why_personal_info",
}
# a question about the process that speaks of going to court gets the answer on 诉讼与信访分离
LITIGATION_WORDS = re.compile(
    r"打官司|起诉|法院|诉讼|律师|法律援助|判决|上诉|再审|仲裁|复议|时效|告(?!诉|知|示)"
)
LITIGATION_QUESTION_INTENTS = frozenset(
    {"ask_channels", "ask_next_steps", "ask_what_is_petition", "ask_duration"}
)
# what a question about this service names: "你们是干什么的", "信访有用吗", "欠薪的事归你们管吗"; without any of it, a
# message the classifier read as "what is 信访" ("额问你能反悔不 你咋不回答") is read as a turn of the intake
ABOUT_THE_SERVICE = re.compile(
    r"信访|上访|你们|你是|你叫|你(?:能|会)(?:干|做|帮|处理|管|什么|啥)|你有(?:啥|什么)?用|你这|这里(?:能|可以|是|管|受理)|在这(?:里|儿)?(?:反映|说|登记|举报|投诉)|平台|网站|系统|窗口|助手|机器|小程序|这个号|机构|官方|"
    r"AI|ai|真人|人工|干什么的|干嘛的|做什么的|干啥的|管用|有用|反映什么|反映哪些|什么事|哪些事|范围|受理"
)
# "我对处理意见不满意，还能怎么办？" is answered with 复查 and 复核, not with what happens after filing
DISSATISFIED = re.compile(r"不满意|不服|复查|复核")


def dissatisfied_with_the_opinion(text: str) -> bool:
    """ "对处理意见不满意怎么办": dissatisfied with how the petition was handled (复查, 复核); not "罚款不服能告他们吗",
    which asks whether to sue over an organ's decision (the story's route answers it)."""
    clean = textutil.normalize_for_parsing(text)
    return bool(DISSATISFIED.search(clean)) and detect_question(clean) is not QuestionKind.CAN_I_SUE


def faq_key(intent: str | None, text: str) -> str | None:
    """The FAQ entry that answers a question of this intent, or None when the intent asks none."""
    clean = textutil.normalize_for_parsing(text)
    if intent in LITIGATION_QUESTION_INTENTS and dissatisfied_with_the_opinion(clean):
        return "how_long"  # 复查 and 复核, with their 30-day limits
    if intent in LITIGATION_QUESTION_INTENTS and LITIGATION_WORDS.search(clean):
        return "litigation"
    return FAQ_BY_INTENT.get(intent or "")


def specific_answer(
    text: str,
    *,
    questions: bool = True,
    route: RouteDecision | None = None,
    story: str | None = None,
    earlier: str | None = None,
) -> str | None:
    """The answer a message asks for whatever the classifier made of it: going over the office's head, anger,
    how to get something done, or (`questions`) a question the knowledge file answers; None for none of these.
    `route`: the one the story already points to, whose next steps answer going higher; `story`, the matter told
    so far ("桌子还能要回来吗" after the tables were taken: the seized-goods answer); `earlier`, the citizen's earlier
    messages, which a short question may refer back to ("那到底涨没涨" after "养老金咋没见涨")."""

    # "能不能直接去北京上访？": answered with what 第20条 says about where visits go; plain anger without it
    higher = speaks_of_going_higher(text)
    asked = detect_question(text)
    if asked in PLAIN_FIRST:  # "去北京上访会不会被抓": the yes or no first; "礼拜天到底有没有人" is no anger
        return answer_in_context(asked, text, story)
    if higher or sounds_frustrated(text):
        return frustration_answer(route, going_higher=higher)
    clean = textutil.normalize_for_parsing(text)
    if asks_if_wait_is_normal(clean) and not is_grievance(clean):
        return faq_answer("waiting")  # "超过60天没回音 去哪催": the timetable, and where to ask after it
    # "要带啥材料" names no service: what to bring to report a matter, not a desk to ask
    if is_consultation(text) and (names_service(text) or detect_question(text) is not QuestionKind.MATERIALS):
        office = consultation_answer(text, during_intake=bool(story))
        # "要带什么材料去办 补贴能补发吗" of an allowance stopped: the office, and the substance the story answers;
        # "个体户要年报吗 忘报了会罚吗" asked alone: the substance too, not only the desk
        own = own_matter_answer(QuestionKind.OWN_MATTER, text, story)
        return f"{office}\n{own}" if own else office
    if questions and earlier and (own := own_matter_answer(asked, text, f"{earlier}\n{story or ''}")):
        return own
    return answer_in_context(asked, text, story) if questions else None


def faq_reply(
    intent: str | None, text: str, route: RouteDecision | None = None, story: str | None = None
) -> str:
    """The answer to a question the classifier read as one of the FAQ intents; `story`, the matter told so far."""
    # "你们到底管不管？" wants an answer, not a definition of 信访
    key = faq_key(intent, text)
    if key == "how_long" and dissatisfied_with_the_opinion(text):
        return faq_answer(key)  # "对处理意见不满意，还能怎么办？": 复查 and 复核, not where to turn
    return (
        specific_answer(text, questions=False, route=route, story=story)
        or own_answer(text, story)  # "这个归哪个部门管？" read as a question about channels
        or sue_for_the_story(text, story)
        or when_for_the_story(key, text, route, story)
        or faq_answer(key or "what_is_petition")
    )


def when_for_the_story(
    key: str | None, text: str, route: RouteDecision | None, story: str | None
) -> str | None:
    """ "多久能有个结果" once the story points to a route: when it is handled, with that route's own time limits (a
    低保 stopped: 复议 within 60 days), not only the petition's general timetable."""
    if key != "how_long" or route is None or not story:
        return None
    return answer_in_context(QuestionKind.WHEN_HANDLED, text, story, route=route)


def sue_for_the_story(text: str, story: str | None) -> str | None:
    """ "罚款不服能告他们吗" once a matter is told: whether and how to sue over it, by its route (an on-the-spot fine
    is reviewed first); without a story the litigation FAQ answers."""
    if not story or detect_question(text) is not QuestionKind.CAN_I_SUE:
        return None
    return answer_in_context(QuestionKind.CAN_I_SUE, text, story)


def further_answers(text: str, story: str | None, given: str) -> list[str]:
    """The answers to the other questions of the message, besides the one `given` answers, each once."""
    answers: list[str] = []
    for kind in further_questions(text, detect_question(text)):
        extra = answer_in_context(kind, text, story)
        if extra and extra not in given and extra not in answers:
            answers.append(extra)
    return answers


# words about the petition itself: "我想了解下信访" asks about it even without a question word
ABOUT_PETITIONING = re.compile(r"信访|上访|反映|投诉|登记|流程|程序|手续|了解|咨询|问问|问一下|请教")


def answers_plainly(tracker: Tracker) -> bool:
    """ "叫什么 康寿源健康体验馆" at the respondent question, taken for a question about 信访: it asks nothing and
    speaks of nothing about petitioning, so the intake reads it as the answer; no definition of 信访 goes before."""
    text = textutil.normalize_for_parsing(tracker.latest_message.get("text") or "")
    return (
        bool(tracker.get_slot("requested_slot"))
        and textutil.has_words(text)
        and detect_question(text) is None
        and not any(mark in text for mark in "?？吗呢")
        and not ABOUT_PETITIONING.search(text)
        and not ABOUT_THE_SERVICE.search(text)  # "你们是干什么的" asks, though no question word says so
    )


def consultation_follow_up(tracker: Tracker) -> str | None:
    """ "那要带啥材料" right after a question about getting something done: answered for that service."""
    before = consultation_before(tracker.slots, earlier_user_texts(tracker))
    if before is None:
        return None
    text = tracker.latest_message.get("text") or ""
    own = own_matter_answer(detect_question(text), text, before)
    if (
        own is not None
    ):  # "批这个要花钱不" after "宅基地要不要审批": the fee of that approval, not the court's
        return own
    place = county_of(tracker.get_slot("location_code"), services.gazetteer())
    return follow_up_answer(before, text, place)


class AnswerFaq(Action):
    """Answers from the knowledge file; a form that was running simply goes on afterwards."""

    def name(self) -> str:
        return "action_answer_faq"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:

        text = tracker.latest_message.get("text") or ""
        filed = await summary_answered(dispatcher, tracker, domain)
        if filed is not None:  # "对 多久能有结果" at the summary: filed, then answered for the case
            return filed
        if answers_the_question_asked(tracker):  # "没有电话 我不会用 是邻居的手机": the form reads the answer
            return []
        if at_the_summary(tracker) and corrects_the_summary(text, tracker.slots):
            corrected = CorrectDetail.tentative(dispatcher, tracker)  # "反映对象是我前夫 叫孔德昌 啥叫…"
            if corrected is not None:
                return with_summary_again(corrected)
        clean = textutil.normalize_for_parsing(text)
        asked = detect_question(text)
        about_us = latest_intent(tracker) != "ask_what_is_petition" or ABOUT_THE_SERVICE.search(clean)
        if tracker.active_loop.get("name") == "intake_form" and (
            asked is QuestionKind.WHY_ASKED or answers_plainly(tracker) or not about_us
        ):
            # "长沙雨花区 问这些有啥用": why it is asked, and the place beside it read; no definition of 信访
            result = read_tracker_turn(tracker, intent="inform")
            say_notes(dispatcher, result.notes)
            # "额问你能反悔不": answered, then the question asked before
            if not about_us and not result.updates:
                dispatcher.utter_message(response="utter_intake_resumed")
            return slot_events(result)
        route = likely_route(dict(tracker.slots))  # "能不能直接去北京": that route's next steps
        story = tracker.get_slot("issue_text")
        checked = (
            None
            if story
            else after_progress_answer(clean, earlier_user_texts(tracker), filed_route(tracker.slots))
        )
        if (
            checked
        ):  # "待受理是啥意思", "那啥时候能来人修啊" after a progress check: that case's status, its timetable
            dispatcher.utter_message(text=checked)
            return []
        # "那我这个到底算不算工伤" after filing: the substance of the matter just filed, read with what was told
        filed_story = "\n".join(earlier_user_texts(tracker)) if filed_route(tracker.slots) else None
        # "那我好久能拿到钱咯" after filing: for the case filed, as "那到底要不要全体同意" of a lift just filed;
        # "不满意怎么办" keeps its FAQ (复查, 复核)
        known = (
            asked not in (None, QuestionKind.OTHER) or story_kind(asked, text, filed_story) is not asked
        ) and not dissatisfied_with_the_opinion(text)
        answer = (
            (own_matter_answer(asked, text, filed_story) if filed_story else None)
            or (filed_case_answer(tracker.slots, text, filed_story) if known else None)
            or consultation_follow_up(tracker)
            or faq_reply(latest_intent(tracker), text, route, story)
        )
        dispatcher.utter_message(text=answer)
        for extra in further_answers(text, story, answer):  # "要带什么材料 交上去以后多久能有个结果"
            dispatcher.utter_message(text=extra)
        if still_up := height_reminder(tracker.slots, [*earlier_user_texts(tracker), text]):
            dispatcher.utter_message(text=still_up)  # "你们能帮我要钱吗" from a worker still on the crane
        if tracker.active_loop.get("name") == "intake_form":  # a progress query simply asks again
            dispatcher.utter_message(response="utter_intake_resumed")
        return []
