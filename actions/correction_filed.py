"""A correction said after the case was filed ("刚才那个电话写错了 应该是…"): the filed case is changed too.

The bot must never say it changed what it did not. While the case waits to be taken up (待受理) and was filed in
this conversation, the case store takes the new values, so the progress check and the staff see them; otherwise
the citizen hears honestly that the details of a filed case are changed by staff, and how to reach them.
"""

from __future__ import annotations

import logging
from typing import Any

from actions import services
from actions.slots import RESET_AFTER_FILING, SLOT_LABELS
from bot.cases.citizen_changes import CHANGEABLE

logger = logging.getLogger(__name__)

FILED_CHANGED = "已登记的事项（编号 {number}）也一并改好了。"
FILED_NOT_CHANGED = (
    "您的事项已经登记（编号 {number}），登记后的内容要由工作人员来改，我这边改不了。"
    "您刚才说的工作人员在对话记录里能看到；也可以拨打当地信访部门公布的电话，报上事项编号说明要改的地方。"
)


def update_filed_case(number: str, conversation_id: str, updates: dict[str, Any]) -> bool:
    """True when the filed case now holds every detail in `updates`; False (nothing changed) when one of them
    cannot be changed here or the case store says no."""
    if not updates or any(slot in SLOT_LABELS and slot not in CHANGEABLE for slot in updates):
        return False
    changes = {slot: value for slot, value in updates.items() if slot in CHANGEABLE}
    try:
        return services.case_repository().correct_details(number, conversation_id, changes)
    except Exception as error:  # noqa: BLE001 - the citizen is told staff will change it
        logger.error("could not correct the filed case: %s", type(error).__name__)
        return False


def kept_for_next_case(updates: dict[str, Any]) -> dict[str, Any]:
    """The corrected details that stay in the conversation after filing (name, phone, address): the next
    matter told starts without the filed one's place or time."""
    return {slot: value for slot, value in updates.items() if slot not in RESET_AFTER_FILING}
