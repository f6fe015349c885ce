""" "复议前置是啥" answered for the citizen's own matter: what it means, and, when the story's route is another one
(a petition, a civil suit, 12345), that their matter need not go to review first. The term itself is not said back:
a citizen who was never told it applies should not be left thinking it does."""

from __future__ import annotations

from actions.route_slots import likely_route
from bot.domain.knowledge import faq_answer
from bot.domain.routing import RouteDecision
from bot.route_model.questions import answered_by_story

# routes that may be review first, depending on what the organ did: the meaning alone is said
_MAYBE_REVIEW_FIRST = frozenset({"administrative_review"})


def review_first_meaning(story: str, route: RouteDecision | None = None) -> str:
    """The meaning of review first, with "not your matter" when the story's route is plainly another."""
    meaning = faq_answer("what_is_review_first")
    route = route or likely_route({"issue_text": story})
    if route is None or route.code in _MAYBE_REVIEW_FIRST or answered_by_story("review_first", story):
        return meaning
    return f"{meaning}\n{faq_answer('review_first_not_yours')}"
