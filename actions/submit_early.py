"""“对，提交” before the summary: the citizen is done answering, so the case is filed with what they told.

Someone who says 提交 at one of the questions, or at the route question, wants the matter handed in now, not one
more question (and may leave right after). What is still unanswered stays empty (staff see the whole
conversation), the route is the one the story points to, and what is filed is read back with the filing, so a
wrong detail can still be changed. Without the place the matter cannot be sent on, and name and phone never asked
are asked too (each may be skipped): those questions come first, and the summary follows; so it does when another
matter waits, whose turn comes with the summary's yes.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.category_help import pick_for_story
from actions.filing import file_slots
from actions.route_slots import chosen_route, decoded, settle, settled_route
from actions.slots import NOT_PROVIDED, OPTIONAL_SLOTS, SLOT_LABELS
from actions.summary import summary_text
from actions.summary_accept import asks_to_submit, submitted_with_more
from bot.domain.category import classify_category
from bot.domain.routing import RouteDecision

READ_BACK_HEADING = "好的，按您说的，这就帮您提交。登记的内容是："
CHANGE_AFTER = "哪一项不对，直接告诉我，比如“电话改成……”，我帮您改。"
ASK_FIRST = "好的，马上就能提交，只差{}，说完我整理给您核对。"
NEXT_MATTER_FIRST = "好的，不再问了。我把这件事整理好给您核对，提交以后接着登记下一件。"
NOT_ANSWERED = "；群众要求直接提交，途径问题未作答"


async def submit_in_form(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    updates: dict[str, Any] | None = None,
    *,
    said_more: bool = False,
) -> list[EventType] | None:
    """ "对，提交" at a question of the intake: filed now (the place asked first when it is missing); None when
    the message is no wish to file, or there is no story yet or a summary waiting for its yes. `said_more`: the
    wish came with more of the matter, read into `updates` already."""
    wished = said_more or asks_to_submit(tracker.latest_message.get("text"))
    if tracker.get_slot("awaiting_confirmation") or not wished:
        return None
    slots = {**tracker.slots, **(updates or {})}
    if not slots.get("issue_text"):
        return None
    events: list[EventType] = [SlotSet(slot, value) for slot, value in (updates or {}).items()]
    if not slots.get("category"):  # the class the story fits best, for staff to check (as when let go)
        slots["category"] = pick_for_story(str(slots["issue_text"]), classify_category)[0]
        events.append(SlotSet("category", slots["category"]))
    first = still_to_ask(slots)
    if first or slots.get("more_matters"):
        # nothing else is asked: the form asks these, or shows the summary at once (whose yes takes the next
        # matter up, so another matter already told is not dropped)
        left = [slot for slot in OPTIONAL_SLOTS if slots.get(slot) in (None, "") and slot not in first]
        labels = "、".join(SLOT_LABELS[slot] for slot in first)
        dispatcher.utter_message(text=ASK_FIRST.format(labels) if first else NEXT_MATTER_FIRST)
        return [*events, *(SlotSet(slot, NOT_PROVIDED) for slot in left)]
    route = settled_route(slots) or _without_question(chosen_route(slots))
    return await file_now(dispatcher, tracker, slots, route, events)


async def submit_with_more(
    dispatcher: CollectingDispatcher, tracker: Tracker, story_read: str | None
) -> list[EventType] | None:
    """ "对 提交 我刚才说的气话 就想把钱要回来" at a question: filed now, and what follows "提交" is kept with the story
    (`story_read`: the story as the message's reading left it); None when the message is no such wish."""
    text = tracker.latest_message.get("text") or ""
    more = None if tracker.get_slot("awaiting_confirmation") else submitted_with_more(text)
    if more is None:
        return None
    story = tracker.get_slot("issue_text")
    if story_read and text.strip() in story_read:
        kept = {"issue_text": story_read.replace(text.strip(), more)}  # never the "对 提交" itself
    else:
        kept = {"issue_text": f"{story}\n{more}"} if story else {}
    return await submit_in_form(dispatcher, tracker, kept, said_more=True)


async def submit_at_route_question(
    dispatcher: CollectingDispatcher, tracker: Tracker
) -> list[EventType] | None:
    """ "对 提交" at the route question (or the route buttons): its "对" agrees to filing, it does not answer the
    question, so the route the story points to is kept, as for "不知道"; None when no such wish is said."""
    if (
        not tracker.get_slot("route_question")
        or tracker.get_slot("more_matters")  # the summary's yes takes the next matter up
        or not asks_to_submit(tracker.latest_message.get("text"))
    ):
        return None
    slots = dict(tracker.slots)
    default = decoded((tracker.get_slot("route_options") or {}).get("default"))
    route = default or chosen_route(slots)
    return await file_now(dispatcher, tracker, slots, _without_question(route, asked=True), [])


def still_to_ask(slots: dict[str, Any]) -> list[str]:
    """What is asked even so: the place (nothing can be sent on without it), and the name and the phone when
    neither was ever asked (a phone sent after the filing would start a new matter; each may be skipped)."""
    first = [] if slots.get("location") else ["location"]
    if slots.get("petitioner_name") is None and slots.get("phone") is None:
        first += ["petitioner_name", "phone"]
    return first


def _without_question(route: RouteDecision, *, asked: bool = False) -> RouteDecision:
    """The route the story points to, noted for staff when its question was never answered."""
    if not (asked or route.question):
        return route
    return RouteDecision(route.code, route.variant, route.reason + NOT_ANSWERED)


async def file_now(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    slots: dict[str, Any],
    route: RouteDecision,
    events: list[EventType],
) -> list[EventType]:
    """Files with this route, reading back what is filed; the form ends and the bot listens. When the store
    fails, everything stays and the summary waits for "确认", as the failure message asks."""
    settled = settle(slots, route)
    slots.update({event["name"]: event["value"] for event in settled})
    read_back = f"{summary_text(slots, route, READ_BACK_HEADING)}\n{CHANGE_AFTER}"
    filed = await file_slots(dispatcher, tracker, slots, read_back=read_back)
    if not any(event.get("name") == "case_number" for event in filed):
        filed = [SlotSet("awaiting_confirmation", True)]
    return [*events, *settled, *filed, SlotSet("requested_slot", None), FollowupAction("action_listen")]
