""" "直接去法院告还是先复议", "要不要先复议": which comes first for the act of an organ the story tells.

Most acts of an organ may go either way, by the citizen's choice (行政诉讼法 第44条); a few must be reviewed first
(行政复议法 第23条: an on-the-spot penalty, an organ that does not act, information not disclosed). A matter with a
person or a company is no organ's act: no review at all. The texts live in the knowledge file.
"""

from __future__ import annotations

from actions.route_slots import fresh_decision
from bot.domain.knowledge import faq_answer, route_brief
from bot.domain.routing import RouteDecision
from bot.route_model.questions import answered_by_story

REVIEW = "administrative_review"
REVIEW_FIRST_VARIANTS = frozenset({"review_first", "info_disclosure"})


def review_or_sue_answer(told: str, route: RouteDecision | None = None) -> str:
    """The answer by the route the story points to (`route` when already decided), the general one without."""
    if (
        route is None and told.strip()
    ):  # sure or still asking which act of an organ it is: its likeliest reading
        route = fresh_decision({"issue_text": told})
    if answered_by_story("review_first", told) and (route is None or route.code == REVIEW):
        route = RouteDecision(REVIEW, "review_first")  # "当场罚了我200": reviewed first
    if route is None or route.code != REVIEW:
        return faq_answer("review_or_sue")
    lead = "review_or_sue_first" if route.variant in REVIEW_FIRST_VARIANTS else "review_or_sue_either"
    return f"{faq_answer(lead)}\n{route_brief(route.code, route.variant)}"
