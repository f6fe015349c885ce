"""The two questions of the intake form that need buttons built at run time: the class (with the likely ones, or
kept for the citizen when they are in danger) and the place (with the candidates when a name exists in several)."""

from __future__ import annotations

from datetime import date
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import services
from actions.category_help import pick_for_story
from actions.intake_lookups import district_just_asked
from actions.struggle import CHANGE_CATEGORY
from bot.domain.category import CATEGORIES, classify_category, is_confident
from bot.domain.safety import detect_crisis, harm_told_as_past

CRISIS_CATEGORY_NOTE = "这件事我先按“{}”类登记，您不用自己选；不合适的话点“换一类”，工作人员也会再核对。"
# violence at home or against a person: 政法 (police, courts, protection orders) when the classifier is unsure
# (a threat the citizen makes says how desperate, not what about: "拿刀去找拆迁办主任" stays a 拆迁 matter)
CRISIS_CATEGORIES = {"domestic_violence": "政法", "danger": "政法"}


class AskCategory(Action):
    """Asks for the category with the likely classes as buttons."""

    def name(self) -> str:
        return "action_ask_category"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:

        story = tracker.get_slot("issue_text") or ""
        today = services.now_local().date()
        if (tracker.get_slot("urgent") or harm_told_as_past(story, today=today)) and story:
            # someone in danger, or telling of a beating, is not made to pick a class from buttons: the story's
            # likely class is kept
            best = crisis_category(story, today)
            dispatcher.utter_message(text=CRISIS_CATEGORY_NOTE.format(best), buttons=[CHANGE_CATEGORY])
            return [SlotSet("category", best), FollowupAction("intake_form")]
        names = tracker.get_slot("category_candidates") or ["其他"]
        buttons = [{"title": n, "payload": f'/inform{{"category": "{n}"}}'} for n in names if n in CATEGORIES]
        dispatcher.utter_message(
            text="这件事大概属于哪一类？选一个最接近的就行，都不像就选“其他”。", buttons=buttons
        )
        return []


def crisis_category(story: str, today: date | None = None) -> str:
    """The class a crisis story is kept in: the classifier's when it is sure, else the class of the crisis
    itself (a beating at home is a matter for the police and courts), else the classifier's best guess."""
    scores = classify_category(story, matter=True)
    if is_confident(scores):
        return scores[0].name
    signal = detect_crisis(story)
    if signal is not None and signal.kind in CRISIS_CATEGORIES:
        return CRISIS_CATEGORIES[signal.kind]
    if harm_told_as_past(story, today=today):
        # "9月12日被几个人围殴…派出所不抓人": a beating is a matter for the police and courts
        return CRISIS_CATEGORIES["danger"]
    return pick_for_story(story, classify_category)[0]


class AskLocation(Action):
    """Asks where it happened; offers the candidates when a name exists in several places."""

    def name(self) -> str:
        return "action_ask_location"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        candidates = tracker.get_slot("location_candidates") or []
        if district_just_asked(tracker.events):
            return []  # "好的，在株洲市。再说一下是哪个区…" already asks it (lead-098)
        if candidates:
            buttons = [
                {"title": c["name"], "payload": f'/inform{{"location_code": "{c["code"]}"}}'}
                for c in candidates
            ]
            dispatcher.utter_message(text="请选一下是哪个地方：", buttons=buttons)
        else:
            dispatcher.utter_message(
                text="这件事发生在哪里？请尽量说到区县和街道（乡镇），比如“广州市天河区石牌街道”。"
            )
        return []
