"""The short summary the citizen confirms before anything is filed."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.slots import INTAKE_SLOTS, NOT_PROVIDED, SLOT_LABELS

SUMMARY_SLOTS = (*INTAKE_SLOTS, "id_number")
MAX_STORY_PREVIEW = 120


def display_value(slot: str, value: Any) -> str | None:
    """How a slot value reads in the summary; None when it is not worth a line."""
    if value in (None, ""):
        return None
    if value == NOT_PROVIDED:
        return NOT_PROVIDED
    if slot == "issue_text":
        text = str(value)
        return text if len(text) <= MAX_STORY_PREVIEW else text[:MAX_STORY_PREVIEW] + "……"
    if slot == "legal_status":
        from bot.parsing.legal_status import LEGAL_STATUS_LABELS

        return LEGAL_STATUS_LABELS.get(str(value), str(value))
    if slot == "phone":
        from bot.parsing.phone import mask_phone

        return mask_phone(str(value))
    if slot == "people_count":
        return f"{value}人"
    return str(value)


def summary_text(slots: dict[str, Any]) -> str:
    lines = ["我整理了一下，请核对："]
    for slot in SUMMARY_SLOTS:
        shown = display_value(slot, slots.get(slot))
        if shown is not None:
            lines.append(f"· {SLOT_LABELS[slot]}：{shown}")
    if slots.get("evidence"):
        lines.append(f"· 证据材料：图片{len(slots['evidence'])}张")
    if slots.get("urgent"):
        lines.append("· 已标记为紧急，工作人员会优先处理。")
    return "\n".join(lines)


class ShowSummary(Action):
    def name(self) -> str:
        return "action_show_summary"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        dispatcher.utter_message(text=summary_text(tracker.slots))
        dispatcher.utter_message(response="utter_ask_confirm")
        return [SlotSet("awaiting_confirmation", True)]
