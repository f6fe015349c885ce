"""A route question the citizen already answered in this intake is not put again when a correction at the summary
changes a detail ("反映对象写章贡区社保局 时间是…" after "发是发了 就是少发了"): the answer given stands, and the
summary shows the route on record."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from bot.domain.routing import RouteDecision


def asked_in_this_intake(tracker: Tracker, question: str) -> bool:
    """Whether the bot put this question since the intake began (the events after the intake id was set)."""
    for event in reversed(tracker.events):
        if event.get("event") == "slot" and event.get("name") == "intake_id":
            return False
        if event.get("event") == "bot" and question in (event.get("text") or ""):
            return True
    return False


def answered_before(tracker: Tracker, slots: dict[str, Any], decision: RouteDecision) -> RouteDecision | None:
    """The route on record when the question the details raise again was answered already, else None."""
    question = decision.question
    if question is None or not slots.get("route") or not asked_in_this_intake(tracker, question.text):
        return None
    return RouteDecision(
        str(slots["route"]), slots.get("route_variant") or None, slots.get("route_reason") or ""
    )
