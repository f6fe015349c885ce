"""The matter taken up after a filing, from what the citizen told before ("接着登记下一件：…"): when they tell it
again at the first questions ("低保被停了 今年八月停的 潞城乡民政办停的"), what it says of who, when and what was
done is taken too, so only what the matter still lacks is asked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from actions.intake_turn import Turn, TurnResult
from bot.domain import text as textutil

# details a retelling may give beside the answer asked; the place and the class are not read again out of context
# ("潞城" alone is also a district of Shanxi): they came with the matter as first told
RETOLD_DETAILS = ("occurred_at", "respondent", "legal_status", "prior_report", "people_count")
MIN_RETELLING_CJK = 8


def retold_details(turn: Turn, result: TurnResult, read: Callable[[Turn], TurnResult]) -> dict:
    """What a retelling of the next matter says of the details not yet known nor just answered."""
    if (
        not turn.slots.get("next_matter_ready")
        or turn.correcting
        or turn.intent != "tell_problem"
        or textutil.cjk_count(turn.text) < MIN_RETELLING_CJK
    ):
        return {}
    fresh = read(replace(turn, slots={}, requested_slot=None)).updates
    return {
        slot: fresh[slot]
        for slot in RETOLD_DETAILS
        if fresh.get(slot) and not turn.slots.get(slot) and slot not in result.updates
    }
