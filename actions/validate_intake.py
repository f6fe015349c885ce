"""validate_intake_form: each message of the intake read in the context of the question asked (the two questions
that need buttons built at run time are in actions.form_asks)."""

from __future__ import annotations

import uuid
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import services
from actions.answer_beside_correction import answer_beside_correction
from actions.category_help import asks_to_choose, asks_which_class
from actions.consultation import consultation_before, county_of, earlier_user_texts, follow_up_answer
from actions.correction_named import names_another_detail
from actions.correction_parse import is_explicit_correction
from actions.corrections import CorrectDetail
from actions.crisis_company import despair_after_self_harm, stopped_after_self_harm
from actions.crisis_timing import held_events, still_held_reply, while_help_comes
from actions.filed_supplement import supplement_to_filed
from actions.intake_let_go import asked_too_often, let_go
from actions.intake_turn import TurnResult
from actions.matter_kind import PRAISE, detect_matter_kind, read_matter_kind
from actions.matter_unmarked import asks_to_split, speaks_of_matters
from actions.not_a_matter import answer_instead_of_filing, declined
from actions.progress_start import start_check
from actions.progress_turns import asks_progress
from actions.question_detect import detect_question
from actions.question_first import held_back_events, holds_story_back
from actions.question_kinds import QuestionKind
from actions.several_matters import SeveralMatters
from actions.slots import NON_ANSWER_INTENTS, RESET_AFTER_FILING
from actions.story_before import story_told_before
from actions.struggle import HelpChooseCategory, threat_note
from actions.submit_early import submit_in_form, submit_with_more
from actions.summary_fix import summary_fix
from actions.summary_turn import summary_answered
from actions.turn_adapter import (
    answered_a_question,
    read_tracker_turn,
    say_notes,
    slot_events,
)
from actions.turn_replies import THREAT_NOTE
from bot.domain import text as textutil
from bot.domain.bereavement import hardship_note
from bot.domain.harassment import harassment_note
from bot.domain.safety import tells_self_harm
from bot.domain.safety_brewing import brewing_note
from bot.domain.school_bullying import bullying_note

HANDLED_BY_RULES = NON_ANSWER_INTENTS | {"greet", "thanks", "out_of_scope", "nlu_fallback"}
# a message the classifier was unsure of may still be a correction ("人数是3个 我加两个工友 提交吧"): read as one
# here, it is never the answer to the question asked
NEVER_CORRECTIONS = HANDLED_BY_RULES - {"nlu_fallback"}
# messages at one question, whatever they were, before the question is let go rather than asked again


def is_fresh_message(events: list[dict[str, Any]]) -> bool:
    """Whether the latest user message has not been handled by another action yet.

    Rasa hands the validation action a tracker that ends with the form's own `action` event; before that,
    a `user` event means a fresh message, any other action (an FAQ answer, a correction) a resumed form.
    """
    skipped_form_marker = False
    for event in reversed(events):
        kind = event.get("event")
        if kind == "user":
            return True
        if kind != "action":
            continue
        if not skipped_form_marker:
            skipped_form_marker = True
            continue
        if event.get("name") != "action_listen":
            return False
    return False


class ValidateIntakeForm(Action):
    """Reads every detail the latest message gives; the form then asks for the first one still missing.

    A message meant as an answer always gets at least one SlotSet (`intake_turns`), so the form keeps it: if it
    answers nothing, a short note says so and the form asks again. Questions, corrections, crisis messages
    and small talk that fill nothing get no SlotSet at all, so the form is rejected and the rules take over.
    """

    def name(self) -> str:
        return "validate_intake_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        events: list[EventType] = []
        # Rasa also calls this when the form resumes after a question or a correction; the message was
        # handled then, so only a message the citizen has just sent is read here.
        if is_fresh_message(tracker.events):
            intent = (tracker.latest_message.get("intent") or {}).get("name")
            text = tracker.latest_message.get("text") or ""
            reviewing = bool(tracker.get_slot("awaiting_confirmation"))  # the summary was just shown
            explicit = is_explicit_correction(text, tracker.slots, reviewing=reviewing)
            # "地点是…" at the head-count question names another detail: a correction if its value reads
            named = not explicit and names_another_detail(
                text, tracker.slots, tracker.get_slot("requested_slot")
            )
            if intent not in NEVER_CORRECTIONS and (
                explicit
                or named
                or (reviewing and summary_fix(text, tracker.slots))  # "不对 我没打官司啊 还有名字是…"
            ):
                # "反映对象改成包工头" taken for an answer still changes only the detail it names; at the summary
                # only when its values can be read, else the message is read as usual
                corrected = (
                    CorrectDetail.tentative(dispatcher, tracker)
                    if reviewing or named
                    else await CorrectDetail().run(dispatcher, tracker, domain)
                )
                # "名字就写周吧 电话180…" at the phone question: the phone is kept too
                if corrected is not None:
                    return [*corrected, *answer_beside_correction(tracker, corrected), *bookkeeping(tracker)]
            # "对的 提交 那我妈要自己去办复议吗" taken for a story: filed and answered, never added to the story
            filed = await summary_answered(dispatcher, tracker, domain, in_form=True) if reviewing else None
            if filed is not None:
                return [SlotSet("requested_slot", None), *filed]  # it ends by listening
            # "对，提交" at a question: filed now with what was told, never one more question
            submitted = await submit_in_form(dispatcher, tracker)
            if submitted is not None:
                return [*submitted, *bookkeeping(tracker)]
            held = None if tracker.get_slot("requested_slot") else still_held_reply(tracker.slots, text)
            if held:  # "报警了 警察还没来 他在外面骂" while the story is kept: no question yet
                dispatcher.utter_message(text=held)
                kept = held_events(tracker.slots, text)
                return [*kept, SlotSet("requested_slot", None), FollowupAction("action_listen")]
            result = read_tracker_turn(tracker)
            # "已经打了110 警察说马上到" after a crisis
            while_help_comes(tracker.slots, text, result, earlier_user_texts(tracker))
            submitted = await submit_with_more(dispatcher, tracker, result.updates.get("issue_text"))
            if submitted is not None:  # "对 提交 我刚才说的气话 就想把钱要回来": filed, the words kept
                return [*submitted, *bookkeeping(tracker)]
            # "能不能帮我把钱要回来 不然我真的不想活了": the hotlines come before any answer (hr-016)
            rules_answer = intent in HANDLED_BY_RULES and (
                not answered_a_question(result)
                or tells_self_harm(text)
                or despair_after_self_harm(tracker, text)
            )
            # "你问这个搞么子" at the category asks about the question itself: explained, then asked once more
            asked_why = (
                tracker.get_slot("requested_slot") == "category"
                and detect_question(text) is QuestionKind.WHY_ASKED
            )
            if tracker.get_slot("requested_slot") == "category" and (
                asks_which_class(text) or asks_to_choose(text)
            ):
                # "乱收费 算哪个": which class, asked back at the category question, or "算哪类我也不晓得", the
                # choice left to the bot whatever the classifier read: picked from the story
                return [*await HelpChooseCategory().run(dispatcher, tracker, domain), *bookkeeping(tracker)]
            if tracker.get_slot("issue_text") and asks_to_split(text) and speaks_of_matters(text):
                # "这是两件事 一个是…一个是…" taken for an answer: one case each, never one more line of the story
                return [*await SeveralMatters().run(dispatcher, tracker, domain), *bookkeeping(tracker)]
            # "我不想说了" after "不想活了": no more questions (actions.crisis_company)
            stopped = stopped_after_self_harm(tracker, text) or declined(
                tracker.slots, text, earlier_user_texts(tracker)
            )
            if stopped is not None:  # "我就问问 不用登记": the intake stops, what was said is kept
                dispatcher.utter_message(text=stopped)
                # the bookkeeping keeps the form from being rejected, whatever the intent: a question's rule
                # would answer it and go on with the intake
                return [
                    *bookkeeping(tracker),
                    SlotSet("requested_slot", None),
                    FollowupAction("action_listen"),
                ]
            if asked_too_often(tracker, intent, result.updates) and not asked_why:
                # the third message at one question without its answer: answered, and the question let go
                return [*let_go(dispatcher, tracker, intent, text, result), *bookkeeping(tracker)]
            # "启航英语 刚说了" taken for small talk: a party said again is understood, never "帮不上忙"
            understood = bool(result.restated) and intent in ("out_of_scope", "nlu_fallback")
            if not result.updates and rules_answer and tracker.active_loop and not understood:
                # no slot set: Rasa rejects the form for this message, and the rules for questions,
                # corrections, crisis and small talk answer it before the form asks again
                return []
            follow = place_after_consultation(tracker, text, result)
            if (
                follow is not None
            ):  # "俺在河南省信阳市光山县" after "低保咋申请": that county's office, no intake
                dispatcher.utter_message(text=follow)
                # "我在湖北利川 就是问问还能不能补" asks again: answered for that county, and nothing stored
                places = () if detect_question(text) is not None else PLACE_SLOTS
                kept = [SlotSet(slot, result.updates[slot]) for slot in places if slot in result.updates]
                return [*kept, SlotSet("requested_slot", None), FollowupAction("action_listen")]
            if not tracker.get_slot("issue_text") and asks_progress(textutil.normalize_for_parsing(text)):
                # "登记过一个事 编号XF… 到哪一步了 还想补充个材料" taken for a story: the check, nothing stored
                return [SlotSet("requested_slot", None), *start_check(dispatcher)]
            added = supplement_to_filed(tracker, text)  # "刚才那个再补充一点：…": to the case just filed
            answer = (
                [added]
                if added
                else answer_instead_of_filing(tracker.slots, text, earlier_user_texts(tracker))
            )
            if answer is not None:  # "档案怎么转？" is answered, not filed: the form ends, nothing is stored
                say_notes(dispatcher, answer)
                # "我就是问问…" after an intake began: what it had stored goes too
                dropped = [SlotSet(slot, None) for slot in RESET_AFTER_FILING if tracker.get_slot(slot)]
                return [*dropped, SlotSet("requested_slot", None), FollowupAction("action_listen")]
            earlier = earlier_user_texts(tracker)
            if holds_story_back(tracker.slots, text, result, earlier):
                # "问一下 …前夫两年没给抚养费了 这个找哪里": answered, nothing stored until the citizen goes on
                say_notes(dispatcher, [*hardship_notes(tracker, result), *result.notes])
                return held_back_events(tracker.slots, text, result, earlier, bookkeeping(tracker))
            kind = read_matter_kind(tracker.slots, result.updates)  # a suggestion needs fewer questions
            result.updates.update(kind.updates)
            notes = [
                *hardship_notes(tracker, result),
                *threat_notes(text, result),
                *result.notes,
                *kind.notes,
            ]
            say_notes(dispatcher, notes)
            events += slot_events(result)
        else:
            events += still_held(tracker)
        return [*events, *bookkeeping(tracker)]


def still_held(tracker: Tracker) -> list[EventType]:
    """The form resumed after a question was answered while the matter told with a question first is still held
    ("那到底能不能反悔啊 说清楚点", lead-093): the question it asked stays asked, never "请把事情说一说"."""
    asked = tracker.get_slot("requested_slot")
    if tracker.get_slot("issue_text") or asked in (None, "issue_text"):
        return []
    return [SlotSet("requested_slot", asked)] if story_told_before(tracker.events) else []


PLACE_SLOTS = ("location", "location_code")


def place_after_consultation(tracker: Tracker, text: str, result: TurnResult) -> str | None:
    """The answer to an earlier question about getting something done, for the county a message names and
    nothing else; None when there was no such question or the message says more (a matter to file)."""
    if tracker.get_slot("issue_text"):  # "我就想登记一下 …" began the intake: the place answers its question
        return None
    before = consultation_before(tracker.slots, earlier_user_texts(tracker))
    if before is None or result.updates.get("issue_text") or not result.updates.get("location_code"):
        return None
    place = county_of(result.updates["location_code"], services.gazetteer())
    return follow_up_answer(before, text, place, only_place=True)


def threat_notes(text: str, result: TurnResult) -> list[str]:
    """ "再这样下去我们就去北京反映！" in a story: acknowledged and answered (第20条) before the next question."""
    note = threat_note(text)
    said = {n if isinstance(n, str) else n.text for n in result.notes}
    return [note] if note and note not in said and THREAT_NOTE not in said else []


def hardship_notes(tracker: Tracker, result: TurnResult) -> list[str]:
    """ "我男人上个月在工地上摔死了": a death or a grave injury in the family, told in the story just taken, gets
    a human word first."""
    story = result.updates.get("issue_text")
    if not isinstance(story, str) or tracker.get_slot("issue_text"):
        return []
    if tracker.get_slot("requested_slot"):  # a story held from a question got its word when it was answered
        story = tracker.latest_message.get("text") or ""
    if detect_matter_kind(story) == PRAISE:  # "我老伴走了以后她三天两头来看我": thanks told, not a loss
        return []
    # "被老板性骚扰": 12338 before the questions (id-007); a child beaten at school: the police and the education
    # bureau; "这事再不管就要打起来了": 110 if it comes to blows
    note = hardship_note(story) or harassment_note(story) or bullying_note(story) or brewing_note(story)
    return [note] if note else []


def bookkeeping(tracker: Tracker) -> list[EventType]:
    """The intake's id and turn count: every message the form keeps sets at least these."""
    events: list[EventType] = []
    if not tracker.get_slot("intake_id"):
        events.append(SlotSet("intake_id", uuid.uuid4().hex))
    turns = tracker.get_slot("intake_turns") or 0
    events.append(SlotSet("intake_turns", float(turns) + 1))
    return events
