"""What a citizen may still change in a case they just filed, read as the case store keeps it.

Right after filing ("刚才那个电话写错了 应该是…") the citizen's correction changes the filed case itself, so the
progress check and the staff see the right detail; once staff have taken the case up (any status but 待受理)
changes go through staff, and the bot says so instead.
"""

from __future__ import annotations

from typing import Any

from bot.cases import throttle
from bot.cases.schemas import (
    COLLECTIVE_MIN_PEOPLE,
    optional_float,
    optional_int,
    optional_text,
    people_as_said,
)
from bot.domain.intake_fields import SLOT_LABELS

# slot name → the column it fills (the same names); the ID number and the route are not changed this way
TEXT_FIELDS = (
    "category",
    "location",
    "location_code",
    "occurred_at",
    "respondent",
    "legal_status",
    "prior_report",
    "petitioner_name",
    "phone",
    "address",
)
# the story is not replaced this way: what is added after filing is told to staff with the transcript
CHANGEABLE = frozenset({*TEXT_FIELDS, "category_confidence", "people_count"})
# what the citizen adds to the story right after filing is appended to it, with this note in the history
SUPPLEMENT_NOTE = "市民在对话中补充了反映的问题"


def column_values(changes: dict[str, Any]) -> dict[str, Any]:
    """The columns a set of slot changes gives ("未提供" → empty); slots the case does not keep are left out."""
    values: dict[str, Any] = {}
    for name, value in changes.items():
        if name in TEXT_FIELDS:
            values[name] = optional_text(value)
        elif name == "category_confidence":
            values[name] = optional_float(value)
        elif name == "people_count":
            people = optional_int(value)
            values.update(
                people_count=people,
                people_said=people_as_said(value),
                collective=people is not None and people >= COLLECTIVE_MIN_PEOPLE,
            )
    if "phone" in values:
        values["phone_key"] = throttle.phone_key(values["phone"])[:32] or None
    return values


def change_note(changes: dict[str, Any]) -> str:
    """ "市民在对话中更正：联系电话" for the case history."""
    named = [SLOT_LABELS[name] for name in changes if name in CHANGEABLE and name in SLOT_LABELS]
    return "市民在对话中更正：" + "、".join(named or ["登记内容"])
