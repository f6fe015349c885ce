"""Two matters in one conversation become two cases: the first is filed, then the second is started.

"这是两件事，能不能分开登记？" is a request about the filing, never part of the story; a story that lists the
matters is split, one case each. Name and phone stay for the next case (they are not reset after filing).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.intake_logic import ASKED_BESIDE_A_LIST
from actions.intake_lookups import named_category
from actions.matter_kind import read_matter_kind, tells_a_story
from actions.matter_requests import ALREADY_SPLIT_NOTE, matters_note
from actions.matter_split import (
    LATER_MATTER_NOTE,
    another_matter,
    contact_in,
    later_matter_updates,
    listed_plan,
    split_matters,
    without_clauses,
)
from actions.matter_unmarked import asks_to_split, speaks_of_matters, unmarked_matters
from actions.question_detect import detect_question, question_clauses
from actions.questions import answer_in_context
from actions.slots import NOT_PROVIDED
from actions.turn_adapter import read_tracker_turn, read_turn_safely, slot_events, turn_from_tracker
from bot.domain import text as textutil


class SeveralMatters(Action):
    """Says how the matters will be filed. A story that lists them ("一是…，二是…"), told before or in this very
    message, keeps only the first for now; a story told with the request starts the intake at once."""

    def name(self) -> str:
        return "action_several_matters"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        story = tracker.get_slot("issue_text") or ""
        in_intake = tracker.active_loop.get("name") == "intake_form"
        if in_intake and tracker.get_slot("requested_slot") and not speaks_of_matters(text):
            # "我和我老公 还有两个帮工" at the head count: an answer, no second matter
            return [*slot_events(read_tracker_turn(tracker, intent="inform")), FollowupAction("intake_form")]
        pending = tracker.get_slot("pending_matters") or []
        about = None if asks_to_split(text) else matters_note(text, dict(tracker.slots))
        if about:  # "那坡道的呢": the matter filed now, or the one that waits
            dispatcher.utter_message(text=about)
            return []
        # "这是两件事啊" of a story told in one message without list marks: a bare 还有/另外 separates them
        one_message = bool(story) and "\n" not in story
        if story:
            stories = split_matters(story) or (unmarked_matters(story, asked=True) if one_message else [])
        else:
            stories = split_matters(text)
        if not (in_intake or story) and (stories or tells_a_story(text)):
            if len(stories) > 1 and (asked := detect_question(text)) in ASKED_BESIDE_A_LIST:
                stories = split_matters(without_clauses(text, question_clauses(text))) or stories
                dispatcher.utter_message(text=answer_in_context(asked, text) or "")
            return self._start_with(dispatcher, tracker, stories or [text])
        rest = [] if (in_intake or story) else rest_of_filed(tracker)
        if (
            rest
        ):  # "这是两件事啊" after the filing: what the filed case told after its first matter is started
            dispatcher.utter_message(text=FILED_SPLIT_NOTE.format(tracker.get_slot("case_number")))
            return self._start_with(dispatcher, tracker, rest)
        later = another_matter(text) if (in_intake or story) and len(stories) < 2 else None
        if later:  # "还有一件事 小区电梯也老坏": the second matter is kept, the first one finished first
            dispatcher.utter_message(text=LATER_MATTER_NOTE.format(later))
            return [
                SlotSet(slot, value) for slot, value in later_matter_updates(tracker.slots, later).items()
            ]
        if len(stories) < 2:
            if (in_intake or story) and pending:  # the list was split when told: say so, ask nothing twice
                dispatcher.utter_message(text=ALREADY_SPLIT_NOTE.format(story, pending[0]))
            elif in_intake or story:
                dispatcher.utter_message(
                    text="可以，一件事登记一件，分开办理更清楚。我们先把第一件登记完，提交以后接着登记第二件，"
                    "姓名和电话不用再说一遍。"
                )
            else:
                dispatcher.utter_message(
                    text="可以，一件一件来，每件事单独登记。先说第一件事吧：发生了什么？"
                )
            return [SlotSet("more_matters", True), *(answer_said_with(tracker) if in_intake else [])]
        dispatcher.utter_message(text=_plan(stories))
        # split at the summary: the summary of the first matter alone is shown again
        again = (
            [SlotSet("awaiting_confirmation", False), FollowupAction("intake_form")]
            if (tracker.get_slot("awaiting_confirmation") and not in_intake)
            else []
        )
        return [
            SlotSet("issue_text", stories[0]),
            *reread_for_first(tracker, story, stories[0]),
            *(answer_said_with(tracker) if in_intake else []),
            SlotSet("pending_matters", [*stories[1:], *pending]),
            SlotSet("more_matters", True),
            *again,
        ]

    @staticmethod
    def _start_with(
        dispatcher: CollectingDispatcher, tracker: Tracker, stories: list[str]
    ) -> list[EventType]:
        """The first matter read as if just told, the intake started with it (no story is lost)."""
        dispatcher.utter_message(
            text=_plan(stories) if len(stories) > 1 else "好的，这件事我先记下来，再问几个问题。"
        )
        result = read_tracker_turn(tracker, text=stories[0], intent="tell_problem")
        result.updates.update({**contact_in(stories[1:]), "issue_text": stories[0]})
        kind = read_matter_kind(tracker.slots, result.updates)
        return [
            *slot_events(result),
            *(SlotSet(slot, value) for slot, value in kind.updates.items()),
            SlotSet("pending_matters", stories[1:] or None),
            SlotSet("more_matters", True if len(stories) > 1 else None),
            FollowupAction("intake_form"),
        ]


# details a story can give; what the whole list gave is read again from the first matter alone
STORY_DETAILS = (
    "category",
    "category_confidence",
    "location",
    "location_code",
    "occurred_at",
    "respondent",
    "legal_status",
    "prior_report",
    "people_count",
)


def reread_for_first(tracker: Tracker, whole: str, first: str) -> list[EventType]:
    """ "小区物业" read from "一是饭店油烟，二是物业收费" belongs to the second matter: a detail the list gave and
    the first matter does not is emptied (the form asks for it); answers the citizen gave are kept."""
    fresh = replace(turn_from_tracker(tracker), slots={}, requested_slot=None, intent="tell_problem")
    # the whole list read as one story (a story known is never split again), as it was when first told
    from_whole = read_turn_safely(replace(fresh, text=whole, slots={"issue_text": whole})).updates
    from_first = read_turn_safely(replace(fresh, text=first)).updates
    return [
        SlotSet(slot, from_first.get(slot))
        for slot in STORY_DETAILS
        if slot in from_whole
        and tracker.get_slot(slot) == from_whole[slot]
        and from_first.get(slot) != from_whole[slot]
    ]


FILED_SPLIT_NOTE = "好的，分开登记。刚才登记的（编号 {}）算第一件，后面的事我现在单独登记，一件一个编号。"


def rest_of_filed(tracker: Tracker) -> list[str]:
    """The matters after the first of the story the case just filed told ("…让我等 另外我家楼下…"), [] when
    it told one; only a story told in one message is cut at a bare 还有/另外."""
    if not tracker.get_slot("case_number"):
        return []
    filed = next(
        (
            e.get("value")
            for e in reversed(tracker.events)
            if e.get("event") == "slot" and e.get("name") == "issue_text" and e.get("value")
        ),
        "",
    )
    first_message = str(filed).split("\n")[0]
    return (split_matters(first_message) or unmarked_matters(first_message, asked=True))[1:]


def answer_said_with(tracker: Tracker) -> list[EventType]:
    """ "这是两件事 要分开登记 先登记低保的 民政" also names the class: kept when it is asked, or when the class
    known is only the classifier's guess from the story (the citizen's own choice is never overridden)."""
    guessed = tracker.get_slot("category") and (tracker.get_slot("category_confidence") or 0) < 1.0
    if tracker.get_slot("requested_slot") != "category" and not guessed:
        return []
    named = named_category(textutil.normalize_for_parsing(tracker.latest_message.get("text") or ""))
    return [SlotSet("category", named), SlotSet("category_confidence", 1.0)] if named else []


REQUESTED_SPLIT_NOTE = (
    "可以，分开登记，一件一个编号。{1}。我们先登记第一件，提交以后接着登记下一件，姓名和电话不用再说一遍。"
)


def _plan(stories: list[str]) -> str:
    return listed_plan(stories, REQUESTED_SPLIT_NOTE)


class OfferNextMatter(Action):
    """After a case is filed: the next matter, already told or still to be told, with name and phone kept.

    A matter already told is read as if just said and the intake takes it up at once (rules/struggle.yml:
    `next_matter_ready` true); otherwise the citizen is asked to tell it.
    """

    def name(self) -> str:
        return "action_offer_next_matter"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        kept = [
            label
            for slot, label in (("petitioner_name", "姓名"), ("phone", "电话"))
            if tracker.get_slot(slot) not in (None, "", NOT_PROVIDED)
        ]
        carried = f"您的{'和'.join(kept)}我沿用刚才的。" if kept else ""
        pending = list(tracker.get_slot("pending_matters") or [])
        if not pending:
            dispatcher.utter_message(text=f"这件事登记好了。现在说说下一件事吧：发生了什么？{carried}")
            return [SlotSet("more_matters", None), SlotSet("next_matter_ready", None)]
        story, rest = pending[0], pending[1:]
        dispatcher.utter_message(text=f"这件事登记好了。接着登记下一件：“{story}”。{carried}")
        result = read_tracker_turn(tracker, text=story, intent="tell_problem")
        result.updates["issue_text"] = story  # the story as the citizen told it, whatever the reader took
        kind = read_matter_kind(tracker.slots, result.updates)
        return [
            *slot_events(result),
            *(SlotSet(slot, value) for slot, value in kind.updates.items()),
            SlotSet("pending_matters", rest or None),
            SlotSet("more_matters", bool(rest) or None),
            SlotSet("next_matter_ready", True),
            FollowupAction("intake_form"),  # also when the yes was not the classifier's affirm
        ]
