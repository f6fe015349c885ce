"""The route a question asked mid-intake is answered by: what every detail told so far points to."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from actions.question_kinds import QuestionKind
from actions.route_slots import likely_route
from bot.domain.routing import RouteDecision

# questions whose answer is the route's own time limits: the story alone may read a plot taken for a road as a
# neighbours' quarrel, while the respondent told since (县政府, 自然资源局) makes it an expropriation
BY_ALL_DETAILS = frozenset({QuestionKind.STILL_IN_TIME})


def route_for_question(kind: QuestionKind | None, slots: Mapping[str, Any]) -> RouteDecision | None:
    """The route all the slots point to, for a question answered by its route; None otherwise (the story decides)."""
    return likely_route(dict(slots)) if kind in BY_ALL_DETAILS else None
