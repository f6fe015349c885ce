"""Two matters in one conversation become two cases: the first is filed, then the second is started.

"这是两件事，能不能分开登记？" is a request about the filing, never part of the story. Name and phone stay for
the second case (they are not reset after filing).
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.slots import NOT_PROVIDED


class SeveralMatters(Action):
    def name(self) -> str:
        return "action_several_matters"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        if tracker.active_loop.get("name") == "intake_form" or tracker.get_slot("issue_text"):
            dispatcher.utter_message(
                text="可以，一件事登记一件，分开办理更清楚。我们先把第一件登记完，提交以后接着登记第二件，"
                "姓名和电话不用再说一遍。"
            )
        else:
            dispatcher.utter_message(text="可以，一件一件来，每件事单独登记。先说第一件事吧：发生了什么？")
        return [SlotSet("more_matters", True)]


class OfferNextMatter(Action):
    """After the first case is filed: start the next one, with the citizen's name and phone carried over."""

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
        dispatcher.utter_message(text=f"第一件事登记好了。现在说说第二件事吧：发生了什么？{carried}")
        return [SlotSet("more_matters", None)]
