"""Which accepted cases run on the 60-day 信访处理意见书 clock, and what staff see for the others.

Only an ordinary 申诉求决 matter (第31条第六项, route `petition`) is concluded with a 信访处理意见书 within
60 days (第34条). A matter that belongs to a statutory procedure is led into it (导入, 第31条) and keeps that
procedure's own time limits; suggestions, reports, praise, questions and 12345 matters have no 60-day
意见书 either (docs/legal.md §2-3). Route facts come from knowledge/legal_routes.yml, read on first use.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache

from bot.domain.knowledge import load_knowledge

logger = logging.getLogger(__name__)

ORDINARY_ROUTE = "petition"
LED_INTO_ARTICLE = "第31条"


@dataclass(frozen=True)
class OtherRoute:
    """Staff's line for an accepted case that is not an ordinary petition: no date to count down to."""

    article: str | None
    label: str


def is_ordinary(route: str | None) -> bool:
    """True for route `petition`, and for a case with no route (recorded before routes existed)."""
    return route is None or route == ORDINARY_ROUTE


@cache
def _route_facts(route: str) -> tuple[str, bool]:
    """(title, led_into) of a route in the knowledge file; an unknown code is shown as it is."""
    try:
        found = load_knowledge().route(route)
    except (KeyError, ValueError, OSError) as exc:
        logger.warning("route %s not read from the knowledge file (%s)", route, exc)
        return route, False
    return found.base.title, found.led_into


def other_route(route: str) -> OtherRoute:
    """What is pending once a non-petition case is accepted, in staff's words."""
    title, led_into = _route_facts(route)
    if led_into:
        return OtherRoute(
            LED_INTO_ARTICLE,
            f"按导入的法定程序办理：{title}。导入后依该程序的期限（{LED_INTO_ARTICLE}），"
            "不出具60日办结的信访处理意见书（第34条）",
        )
    return OtherRoute(None, f"按“{title}”办理，不适用60日办结并出具信访处理意见书的期限")
