"""The short summary the citizen confirms before anything is filed, with the lawful route in plain words.

When the details do not decide the route, one question is asked first (actions/route_question.py).
"""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.route_slots import ask_question, fresh_decision, route_line, settle, settled_route
from actions.slots import INTAKE_SLOTS, NOT_PROVIDED, SLOT_LABELS
from bot.domain import text as textutil
from bot.domain.routing import RouteDecision
from bot.parsing.legal_status import LEGAL_STATUS_LABELS
from bot.parsing.masking import mask_personal_numbers
from bot.parsing.phone import mask_phone

SUMMARY_SLOTS = (*INTAKE_SLOTS, "contact_note", "id_number")
MAX_STORY_PREVIEW = 120
ROUTE_QUESTION_LEAD = "还想跟您确认一件事，好告诉您该走哪条途径："
# "以上信息对吗？" answered in a dialect word the classifier does not know: Minnan "着" (tio̍h, right), Cantonese
# "係/啱", Henan "中", Sichuan "要得/对头"; said alone, perhaps with a particle
_DIALECT_YES = re.compile(
    r"^(?:(?:着|著|对着|是着|有着|是|对晒|中|中中|得|得啦|妥|要得|对头|是嘞|是咯|是滴|对滴|阔以|嗯呐|"
    r"无问题|莫问题|没问题|没毛病)[啦啊呀哦嘞咧哈喔噢嘛]?[\s,，。.!！~～]*)+(?:提交|登记)?吧?[\s。.!！~～]*$"
)
# "免", "免了" (Minnan "no need"), "不用": nothing to change, and no yes either
# "不用寄" / "不用留了": no need of what the citizen expected to be asked (the address), said at the summary
_NO_NEED = re.compile(
    r"^(?:免|免了|免啦|免咯|不用|甭|不必|唔使|唔洗)(?:寄|写|留|填)?[了啦咯]?[\s,，。.!！~～]*$"
)


def summary_word(text: str | None) -> str | None:
    """ "yes" for a dialect yes to the summary ("着"), "no_need" for a bare "免", else None."""
    clean = textutil.normalize_for_parsing(text or "").strip()
    if _DIALECT_YES.match(clean):
        return "yes"
    return "no_need" if _NO_NEED.match(clean) else None


def display_value(slot: str, value: Any) -> str | None:
    """How a slot value reads in the summary; None when it is not worth a line."""
    if value in (None, ""):
        return None
    if value == NOT_PROVIDED:
        return NOT_PROVIDED
    if slot in ("issue_text", "prior_report", "respondent", "contact_note", "address"):
        # a phone or ID number typed inside free text is masked like the phone line (the screen may be shared)
        text = mask_personal_numbers(str(value))
        return text if len(text) <= MAX_STORY_PREVIEW else text[:MAX_STORY_PREVIEW] + "……"
    if slot == "legal_status":
        return LEGAL_STATUS_LABELS.get(str(value), str(value))
    if slot == "phone":
        return mask_phone(str(value))
    if slot == "people_count":  # a count said in words ("几十户", "就我家") reads as said
        return f"{value}人" if str(value).isdigit() else str(value)
    if slot == "occurred_at":
        return spoken_period(str(value))
    return str(value)


def spoken_period(value: str) -> str:
    """2026-10-15 → 2026年10月15日, 2026-10 → 2026年10月, a~b → a至b; anything else as it is."""
    if "~" in value:
        start, _, end = value.partition("~")
        return f"{spoken_period(start)}至{spoken_period(end)}"
    parts = value.split("-")
    if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
        return value
    return "".join(f"{int(p)}{unit}" for p, unit in zip(parts, "年月日", strict=False))


SUMMARY_HEADING = "我整理了一下，请核对："


def summary_text(
    slots: dict[str, Any], route: RouteDecision | None = None, heading: str = SUMMARY_HEADING
) -> str:
    lines = [heading]
    for slot in SUMMARY_SLOTS:
        shown = display_value(slot, slots.get(slot))
        if shown is not None:
            lines.append(f"· {SLOT_LABELS[slot]}：{shown}")
    if slots.get("evidence"):
        lines.append(f"· 证据材料：图片{len(slots['evidence'])}张")
    if route is not None:
        lines.append(route_line(route, slots.get("issue_text")))
    if slots.get("urgent"):
        lines.append("· 已标记为紧急，工作人员会优先处理。")
    return "\n".join(lines)


def show_summary(
    dispatcher: CollectingDispatcher, slots: dict[str, Any], route: RouteDecision
) -> list[EventType]:
    """The summary with the route, and the question whether it is right."""
    dispatcher.utter_message(text=summary_text(slots, route))
    dispatcher.utter_message(response="utter_ask_confirm")
    return [SlotSet("awaiting_confirmation", True)]


class ShowSummary(Action):
    def name(self) -> str:
        return "action_show_summary"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        slots = dict(tracker.slots)
        route = settled_route(slots)
        if route is not None:
            # a route choice left open by a correction said instead ("人数不对 …") is closed: the summary's
            # yes files with the route settled
            closed = [SlotSet("route_question", None)] if slots.get("route_question") else []
            return closed + show_summary(dispatcher, slots, route)
        route = fresh_decision(slots)
        if route.question is not None:
            # the summary follows the answer (action_answer_route_question); still awaiting the citizen
            return ask_question(dispatcher, route, ROUTE_QUESTION_LEAD, slots) + [
                SlotSet("awaiting_confirmation", True)
            ]
        return settle(slots, route) + show_summary(dispatcher, slots, route)
