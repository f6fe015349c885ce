"""Lets the citizen correct any detail at any point ("地址说错了，是…")."""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import services
from actions.intake_logic import is_generic_reprompt, read_turn
from actions.slots import SLOT_LABELS
from actions.summary import display_value
from actions.validate_intake import say_notes, turn_from_tracker
from bot import text as textutil

# which detail a correction is about, by the words used for it (first match wins)
TARGET_CUES = (
    ("phone", r"电话|手机|号码|联系方式"),
    ("id_number", r"身份证"),
    ("petitioner_name", r"名字|姓名|我叫|称呼"),
    ("location", r"地址|地点|位置|住址|地方|哪里|在哪|区县|街道"),
    ("occurred_at", r"时间|日期|哪天|几月|哪年|什么时候"),
    ("category", r"类别|分类|类型|哪一类"),
    ("respondent", r"对象|被反映|被投诉|单位|公司|物业|老板"),
    ("people_count", r"人数|多少人|几个人|户"),
    ("legal_status", r"官司|法院|起诉|判决|仲裁|复议"),
    ("prior_report", r"反映过|找过|12345|信访局|答复"),
    ("issue_text", r"内容|描述|经过|问题|情况|诉求"),
)
# the new value usually follows one of these
NEW_VALUE_CUE = re.compile(r"(?:应该是|应该|改成|改为|换成|其实是|是|在)(.+)$")


def correction_target(text: str, entity_target: str | None) -> str | None:
    """The detail being corrected: named by a button, by the words used for it, or by the new value's kind."""
    if entity_target in SLOT_LABELS:
        return entity_target
    for slot, pattern in TARGET_CUES:
        if re.search(pattern, text):
            return slot
    return _target_by_value(text)


def _target_by_value(text: str) -> str | None:
    from bot.parsing.occurred_at import extract_occurred_at
    from bot.parsing.phone import extract_phone

    clean = textutil.normalize_for_parsing(text)
    if extract_phone(clean):
        return "phone"
    if extract_occurred_at(clean, services.now_local()):
        return "occurred_at"
    if services.gazetteer().resolve(clean).status != "none":
        return "location"
    return None


def new_value_text(text: str) -> str:
    """The part of "不是上周，是上个月" that carries the new value."""
    tail = re.split(r"[，,。；;]", text)
    for part in reversed(tail):
        match = NEW_VALUE_CUE.search(part)
        if match and match.group(1).strip():
            return match.group(1).strip()
    return text


class CorrectDetail(Action):
    def name(self) -> str:
        return "action_correct_detail"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        from bot.category import classify_category

        turn = turn_from_tracker(tracker)
        entity_target = next(
            (e.get("value") for e in turn.entities if e.get("entity") == "correction_target"), None
        )
        target = correction_target(turn.text, entity_target)
        if target is None:
            # "需要修改": nothing changes yet; after the summary the bot waits for the answer
            # (rules/intake.yml), during the intake the form asks its question again
            dispatcher.utter_message(response="utter_ask_which_to_correct")
            return [SlotSet("awaiting_confirmation", bool(tracker.get_slot("awaiting_confirmation")))]

        label = SLOT_LABELS[target]
        turn.correcting = target
        turn.requested_slot = target
        turn.text = new_value_text(turn.text) if not entity_target else ""
        result = read_turn(turn, services.gazetteer(), classify_category) if turn.text else None
        if result is not None and target in result.updates:
            shown = display_value(target, result.updates[target])
            dispatcher.utter_message(text=f"好的，{label}改成：{shown}")
            return [SlotSet("awaiting_confirmation", False)] + [
                SlotSet(slot, value) for slot, value in result.updates.items()
            ]
        # a specific reason ("号码不完整") helps; "没太看懂" after just "时间" would not
        if result is not None:
            say_notes(dispatcher, [n for n in result.notes if not is_generic_reprompt(n)][:1])
        dispatcher.utter_message(text=f"好的，我们重新填一下{label}。")
        # clearing the slot makes the form ask for it again
        events: list[EventType] = [SlotSet("awaiting_confirmation", False), SlotSet(target, None)]
        if target == "id_number":
            events.append(SlotSet("id_number_encrypted", None))
        if target == "location":
            events += [SlotSet("location_code", None), SlotSet("location_candidates", None)]
        return events
