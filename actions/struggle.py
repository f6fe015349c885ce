"""For citizens who struggle: a category picked for them from their own story, and an angry question answered."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.category_help import (
    asks_which_classes,
    class_asked_for,
    class_is_there,
    class_named_beside,
    classes_answer,
    classes_weighed,
    closer_class,
    pick_for_story,
    said_of_the_matter,
    which_of_two,
)
from actions.consultation import earlier_user_texts
from actions.crisis_questions import urgent_question_answer
from actions.filed_questions import filed_route, tells_new_matter
from actions.frustration import GOING_HIGHER, GOING_HIGHER_TRUTH
from actions.frustration import frustration_answer as frustration_answer
from actions.frustration import sounds_frustrated as sounds_frustrated
from actions.frustration import speaks_of_going_higher as speaks_of_going_higher
from actions.matter_kind import read_matter_kind, tells_a_story
from actions.question_detect import detect_question
from actions.question_kinds import PLAIN_FIRST, QuestionKind
from actions.question_only import asks_without_matter, only_question_answer
from actions.questions import answer_in_context, own_matter_answer
from actions.route_question import AnswerRouteQuestion, yes_or_no
from actions.route_slots import likely_route
from actions.story_before import story_told_before
from actions.story_kind import story_kind
from actions.summary_turn import summary_answered
from actions.turn_adapter import read_tracker_turn, slot_events
from actions.turn_context import Part, spans
from actions.turn_replies import CONFIRM_REMINDER, THREAT_NOTE
from bot.domain import text as textutil
from bot.domain.category import classify_category

CHANGE_CATEGORY = {"title": "换一类", "payload": '/correct_detail{"correction_target": "category"}'}


class HelpChooseCategory(Action):
    """ "你帮我选" / "我不晓得选哪个": the class that fits the story best, said plainly, with a way to change it."""

    def name(self) -> str:
        return "action_help_choose_category"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:

        # a matter told with a question first is held until the intake goes on: the pick is made from it
        story = tracker.get_slot("issue_text") or story_told_before(tracker.events)
        if not story:
            dispatcher.utter_message(text="没关系，您先把事情说一说，我根据您说的帮您选。")
            return []
        if tracker.get_slot("category") and tracker.get_slot("requested_slot") != "category":
            dispatcher.utter_message(
                text=f"类别我已经按您说的记成“{tracker.get_slot('category')}”了，不用再选。"
                "不合适的话点“换一类”。",
                buttons=[CHANGE_CATEGORY],
            )
            return []
        said = tracker.latest_message.get("text") or ""
        if (own := class_named_beside(said)) is not None:
            # "你看着选 其他吧": the class the citizen names is theirs, though they leave it to us
            dispatcher.utter_message(
                text=f"好的，就按您说的“{own}”类记下，不合适随时点“换一类”。", buttons=[CHANGE_CATEGORY]
            )
            return [SlotSet("category", own), SlotSet("category_confidence", 1.0)]
        # "不太懂这些分类 是房子跟土地的事": what the citizen says of it with the request weighs in
        best, others = pick_for_story(f"{story}\n{said_of_the_matter(said)}", classify_category)
        if (named := class_asked_for(said)) is not None:
            # "有没有教育类": a question, answered; the form asks again and the citizen picks
            dispatcher.utter_message(text=class_is_there(named))
            return []
        if weighed := classes_weighed(said):
            # "民政定系城乡建设啊": which of the two, answered; the citizen still picks
            dispatcher.utter_message(text=which_of_two(closer_class(best, others, weighed)))
            return []
        if asks_which_classes(said):
            # "有哪些类啊": a question, answered with the classes; the form asks again and the citizen picks
            dispatcher.utter_message(text=classes_answer(best, others))
            return []
        dispatcher.utter_message(
            text=f"好的，我来帮您选。按您说的情况，这件事属于“{best}”，我先这样记下。"
            "您看对吗？不对的话点“换一类”，或者直接说“类别改成……”。",
            buttons=[CHANGE_CATEGORY],
        )
        return [SlotSet("category", best), SlotSet("category_confidence", 1.0)]


def threat_note(text: str) -> str | None:
    """What a threat inside a message gets before the next question: going over the office's head answered
    honestly (第20条), any other pressure ("拉横幅") acknowledged; None when the message threatens nothing."""
    threats = [text[start:end] for start, end, _ in spans(text, frozenset({Part.THREAT}))]
    if not threats or detect_question(text) is QuestionKind.VISIT_LAWFUL:
        return None  # "去北京上访会不会被抓" is answered as the question it is, which says this too
    if any(GOING_HIGHER.search(textutil.normalize_for_parsing(threat)) for threat in threats):
        return f"您着急的心情我理解。{GOING_HIGHER_TRUTH}"
    return THREAT_NOTE


def _still_open(tracker: Tracker) -> str:
    """What is left once the story is told: the route question again while it is open, else the summary's
    reminder."""
    question = (tracker.get_slot("route_options") or {}).get("question")
    if tracker.get_slot("route_question") and question:
        return f"请回答“是”或“不是”：{question}"
    return CONFIRM_REMINDER


class AnswerFrustration(Action):
    """ "你们到底管不管？": acknowledged and answered first. What the angry message also tells ("我的事反映了半年没人管，
    在溆浦县") is kept: during the intake its details are read, outside it a story starts the intake."""

    def name(self) -> str:
        return "action_answer_frustration"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        filed = await summary_answered(dispatcher, tracker, domain)
        if filed is not None:  # "没问题 提交 能不能快点" at the summary: filed, then answered
            return filed
        text = tracker.latest_message.get("text") or ""
        route = likely_route(dict(tracker.slots))
        asked = detect_question(text)
        story = tracker.get_slot("issue_text")
        # "你们到底能不能帮忙找人" when grandma went missing: who finds people, not how petitions are handled
        urgent = urgent_question_answer(text, f"{story or ''}\n{text}")
        if urgent:
            dispatcher.utter_message(text=urgent)
        elif not story and not tracker.active_loop.get("name") and asks_without_matter(text):
            # "信访到底有没有用啊 我去了三回了都没人管": only a question, answered plainly
            dispatcher.utter_message(text=only_question_answer(text) or frustration_answer(route))
        elif asked in PLAIN_FIRST:  # "去北京上访会不会被抓", "礼拜天到底有没有人": the plain answer first
            dispatcher.utter_message(text=answer_in_context(asked, text, story, route=route))
        elif own := own_matter_answer(asked, text, story or story_told_before(tracker.events)):
            # "那到底能不能反悔啊 说清楚点": a question about the matter asked again, impatiently (lead-093)
            dispatcher.utter_message(text=own)
        elif story and (narrowed := story_kind(asked, text, story)) not in (asked, None):
            # "那到底要不要全体同意 你们能不能给个准话" of a lift: the owners' vote, not what the office does
            dispatcher.utter_message(text=answer_in_context(narrowed, text, story, route=route))
        else:
            dispatcher.utter_message(
                text=frustration_answer(route, going_higher=speaks_of_going_higher(text))
            )
        if tracker.active_loop.get("name") == "intake_form":
            result = read_tracker_turn(tracker, intent="inform")
            dispatcher.utter_message(text="我们接着登记，还差几个问题。")
            return slot_events(result)
        # "你们到底啥时候给解决 再拖俺们真去北京" after filing: about the case filed, no new matter
        after_filing = filed_route(tracker.slots) is not None
        told_before = "\n".join(earlier_user_texts(tracker))
        if after_filing and not tells_new_matter(text, told_before):
            return []
        # only a question, with no matter beside it: answered, and the matter is awaited (nothing stored)
        if not story and tells_a_story(text) and not asks_without_matter(text):
            result = read_tracker_turn(tracker, intent="tell_problem")
            if result.updates.get("issue_text"):
                dispatcher.utter_message(text="您说的事我先记下来，再问几个问题，马上帮您登记。")
                kind = read_matter_kind(tracker.slots, result.updates)
                events = [*slot_events(result), *(SlotSet(k, v) for k, v in kind.updates.items())]
                return [*events, FollowupAction("intake_form")]
        if tracker.get_slot("route_question") and yes_or_no(text, None) is not None:
            # "对 那到底要不要全体同意 你们能不能给个准话": answered, and the "对" answers the route question
            return await AnswerRouteQuestion().run(dispatcher, tracker, domain)
        # "法院的事你们管不管" at the summary: the matter stays and the summary still waits, the route question
        # again while it is open (never "您遇到了什么事" as if nothing was told)
        if tracker.get_slot("awaiting_confirmation"):
            dispatcher.utter_message(text=_still_open(tracker))
            return []
        dispatcher.utter_message(text="您遇到了什么事？跟我说说，我现在就帮您登记。")
        return []
