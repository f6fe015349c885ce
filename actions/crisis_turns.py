"""The crisis action's turns that raise no new alarm: how to call for help unheard, a past beating, the all-clear
and what follows it, the protection order asked about, a plain question, and a message read as it was likely meant."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.consultation import earlier_user_texts
from actions.corrections import CorrectDetail
from actions.crisis_followup import answers_beside_the_question, crisis_kind_before
from actions.crisis_questions import violence_question_answer
from actions.crisis_reading import say_threat_note, tells_a_matter, today
from actions.crisis_timing import while_help_comes
from actions.faq_reply import faq_key
from actions.filed_questions import after_filing_answer
from actions.intake_turn import NoteKind
from actions.matter_kind import tells_a_story
from actions.question_kinds import QuestionKind
from actions.questions import answer_in_context
from actions.summary_fix import corrects_the_summary
from actions.summary_turn import with_summary_again
from actions.tracker_intents import runner_up_intent
from actions.turn_adapter import read_tracker_turn, say_notes, slot_events, story_events
from actions.turn_replies import CONFIRM_REMINDER, UNANSWERED_QUESTION
from bot.domain.knowledge import faq_answer, load_knowledge, route_brief
from bot.domain.safety import HISTORY_KEPT, PAST_HARM_NOTE, crisis_reply, harm_told_as_past, safe_now_reply
from bot.domain.safety_help import silent_help_reply

ANSWER_INTENTS = frozenset({"inform", "deny", "affirm", "skip", "tell_problem"})
TELL_WHEN_READY = "现在方便的话，跟我说说是怎么回事，我帮您登记下来，让工作人员跟进。"
STORY_KEPT = "您说的情况我都记下了。接下来问几个问题，方便工作人员尽快跟进；不方便回答的，说“跳过”就行。"


def silent_help(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    text: str,
    kind: str | None,
    reply: str | None = None,
) -> list[EventType]:
    """How to reach the police without being heard (or, `reply`, that we cannot call for them: 110 now),
    answered; the card only the first time, and no question in its place."""
    if kind and not tracker.get_slot("urgent"):
        dispatcher.utter_message(text=crisis_reply(kind, text=text))
    dispatcher.utter_message(text=reply or silent_help_reply())
    if not (kind or tracker.get_slot("urgent")):
        return []  # asked as a question only
    events: list[EventType] = [SlotSet("urgent", True), SlotSet("handoff_requested", True)]
    if not tracker.get_slot("issue_text") and tells_a_matter(text):
        events += story_events(tracker, text)  # kept; the questions wait until she is safe
    return events


def past_harm(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> list[EventType]:
    """A past beating ("上个月被邻居打了 派出所不处理"): the matter is the inaction, no emergency, no urgent
    flag; a gentle line keeps 110 in reach, and the story starts the intake like any other."""
    if harm_told_as_past(text, today=today()):
        dispatcher.utter_message(text=PAST_HARM_NOTE)
        if not tracker.active_loop.get("name") and not tracker.get_slot("issue_text") and tells_a_story(text):
            say_threat_note(dispatcher, text)
            dispatcher.utter_message(text=STORY_KEPT)
            return [*story_events(tracker, text), FollowupAction("intake_form")]
    return read_as_likely_meant(dispatcher, tracker)


def safe_now(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """ "人都出来了", "警察来了 把他带走了 我没事" after a crisis: a word back, never taken as the story; with no
    crisis before, the message is read as what it most likely was."""
    if not tracker.get_slot("urgent"):
        return read_as_likely_meant(dispatcher, tracker)
    dispatcher.utter_message(text=safe_now_reply(crisis_kind_before(tracker)))
    asked = tracker.get_slot("requested_slot")
    if tracker.active_loop.get("name") == "intake_form" and asked:
        # it may answer the question too ("报了警 派出所的人把他劝走了" to the earlier-report question)
        result = read_tracker_turn(tracker, intent="inform")
        if asked in result.updates:
            say_notes(dispatcher, result.notes)
            return slot_events(result)
    elif tracker.get_slot("awaiting_confirmation"):  # the summary is shown: the story is told already
        dispatcher.utter_message(text=CONFIRM_REMINDER)
    elif tracker.get_slot("issue_text") and not tracker.get_slot("case_number"):
        # the story was kept while they got safe: the questions come now
        return [FollowupAction("intake_form")]
    elif not tracker.get_slot("case_number"):
        dispatcher.utter_message(text=TELL_WHEN_READY)
    return []


def history_kept(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """Harm told as history just after the all-clear: a short word, the flag kept, the answer read."""
    dispatcher.utter_message(text=HISTORY_KEPT)
    events: list[EventType] = [SlotSet("urgent", True)]
    asked = tracker.get_slot("requested_slot")
    if tracker.active_loop.get("name") == "intake_form" and asked:
        result = read_tracker_turn(tracker, intent="inform")
        if asked in result.updates:
            say_notes(dispatcher, result.notes)
            events += slot_events(result)
    return events


def remedy_answer(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """The answer the message gives to the question asked ("没有"), then how the protection order works."""
    events: list[EventType] = []
    if tracker.active_loop.get("name") == "intake_form" and answers_beside_the_question(
        tracker.latest_message.get("text") or ""
    ):
        result = read_tracker_turn(tracker, intent="inform")  # "没有", not "你先回答我"
        say_notes(dispatcher, result.notes)
        events = slot_events(result)
    text = tracker.latest_message.get("text") or ""
    told = f"{tracker.get_slot('issue_text') or ''}，{text}"
    # the answer read beside it ("没有 能不能让法院不让他靠近我妹") may have told the order already
    if not any("人身安全保护令" in (message.get("text") or "") for message in dispatcher.messages):
        answer = violence_question_answer(text, told) or ""  # "要交钱吗 他会不会知道", "能离婚吗"
        if answer:
            dispatcher.utter_message(text=answer)
        if "人身安全保护令" not in answer:
            dispatcher.utter_message(text=route_brief("litigation", "domestic_violence"))
    view = load_knowledge().route("litigation").resolve("domestic_violence")
    for note in (n for n in view.notes if n.about and n.concerns(told)):  # a sister may apply for her
        if not any(note.text in (message.get("text") or "") for message in dispatcher.messages):
            dispatcher.utter_message(text=f"{note.text}（{note.citation}）。")
    if tracker.get_slot("awaiting_confirmation"):
        dispatcher.utter_message(text=CONFIRM_REMINDER)
    return events


def question_only(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str, asked: QuestionKind
) -> list[EventType]:
    """A question read as it most likely was meant; answered even where that reading says nothing (at the
    summary), and the summary's question asked again."""
    in_intake = tracker.active_loop.get("name") == "intake_form"
    events = read_as_likely_meant(dispatcher, tracker) if in_intake else []
    if not dispatcher.messages:  # the runner-up's FAQ ("信访就是…") is no answer to it
        story = tracker.get_slot("issue_text")
        dispatcher.utter_message(text=answer_in_context(asked, text, story) or UNANSWERED_QUESTION)
        if tracker.get_slot("awaiting_confirmation"):
            dispatcher.utter_message(response="utter_ask_confirm")
    return events


def beating_placed_turn(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """ "家是在荷塘区 他打我是在家里" after the alarm: read as where it happened, whatever was asked, and the question
    asked again (hx-017: never kept as whom the matter is against)."""
    result = read_tracker_turn(tracker, correcting="location", intent="inform")
    say_notes(dispatcher, result.notes)
    place = result.updates.get("location")
    if place and not any(place in (note.text or "") for note in result.notes):
        dispatcher.utter_message(text=f"好的，问题发生地记为“{place}”。")
    requested = tracker.get_slot("requested_slot")
    if tracker.active_loop.get("name") == "intake_form" and requested and requested != "location":
        dispatcher.utter_message(response=f"utter_ask_{requested}")
    return [SlotSet("urgent", True), *slot_events(result)]


def read_as_likely_meant(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    text = tracker.latest_message.get("text") or ""
    likely = runner_up_intent(tracker)
    if tracker.active_loop.get("name") == "intake_form":
        # an answer first ("打什么官司 没钱打" to the court question), then what it may ask
        answer_intent = likely if likely in ANSWER_INTENTS else "inform"
        result = read_tracker_turn(tracker, intent=answer_intent)
        while_help_comes(tracker.slots, text, result, earlier_user_texts(tracker))  # "已经打了110"
        if result.updates or any(note.kind is NoteKind.ANSWER for note in result.notes):
            say_notes(dispatcher, result.notes)  # the answer, or the question's answer and ours again
            return slot_events(result)
    key = faq_key(likely, text)
    if key:
        dispatcher.utter_message(text=faq_answer(key))
        return []
    if tracker.active_loop.get("name") == "intake_form":
        return []
    if tracker.get_slot("awaiting_confirmation") and corrects_the_summary(text, tracker.slots):
        return with_summary_again(
            CorrectDetail.tentative(dispatcher, tracker) or []
        )  # "类别应该是城乡建设吧"
    filed = after_filing_answer(tracker.slots, text, "\n".join(earlier_user_texts(tracker)))
    if filed is not None:  # "楼道堆这么多东西 着火了咋办 消防管不管" of the hazard just filed: answered
        dispatcher.utter_message(text=filed)
        return []
    if not tracker.active_loop.get("name") and tells_a_story(text):
        dispatcher.utter_message(text="我先把您说的记下来，再问几个问题。")
        # the story read here: the form does not read the message that started it (hg012 was asked again)
        return [*story_events(tracker, text), FollowupAction("intake_form")]
    return []
