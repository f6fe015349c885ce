"""Only route `petition` gets the 60-day 信访处理意见书 once accepted (第31条第六项, 第34条); other routes are
led into their own procedure (第31条) or handled their own way, with no 60-day date, in staff's label,
the stored deadline columns (also of cases stored by earlier versions) and the extension."""

from __future__ import annotations

from datetime import date

import pytest

from bot.cases import make_engine
from bot.cases.due_dates import due_after
from bot.cases.handling import is_ordinary, other_route
from bot.cases.workflow import extension_updates, route_change_updates, transition_updates
from bot.domain.knowledge import ROUTE_CODES, load_knowledge
from tests.migrations import check_other_route_deadlines_cleared
from tests.unit.test_cases_workflow import case_fields

ACCEPTED = date(2026, 1, 10)
SIXTY_DAYS = date(2026, 3, 11)
LED_INTO = [code for code, route in load_knowledge().routes.items() if route.led_into]
OWN_WAY = [
    code for code, route in load_knowledge().routes.items() if not route.led_into and code != "petition"
]


def pending(route: str | None) -> dict:
    return case_fields(route=route)


def test_the_route_lists_cover_every_code():
    assert sorted([*LED_INTO, *OWN_WAY, "petition"]) == sorted(ROUTE_CODES)
    assert {"litigation", "administrative_review", "labour_inspection"} <= set(LED_INTO)
    assert {"suggestion", "consultation", "discipline_inspection"} <= set(OWN_WAY)


@pytest.mark.parametrize("route", ["petition", None])
def test_an_ordinary_petition_keeps_the_60_day_opinion(route):
    assert is_ordinary(route)
    updates = transition_updates(pending(route), "已受理", today=ACCEPTED)
    assert updates["handling_deadline"] == SIXTY_DAYS == updates["due_on"]
    assert updates["due_article"] == "第34条"
    due = due_after("办理中", today=ACCEPTED, accepted_on=ACCEPTED, handling_deadline=SIXTY_DAYS, route=route)
    assert due.label.startswith("办结并出具信访处理意见书：2026-03-11前")


@pytest.mark.parametrize("route", LED_INTO)
def test_a_route_led_into_a_statutory_procedure_has_no_60_day_date(route):
    updates = transition_updates(pending(route), "已受理", today=ACCEPTED)
    assert updates["accepted_on"] == ACCEPTED
    assert (
        updates["handling_deadline"] is None and updates["due_on"] is None and updates["due_article"] is None
    )
    for status in ("已受理", "办理中"):
        due = due_after(status, today=date(2026, 6, 1), accepted_on=ACCEPTED, route=route)
        assert due.on is None and due.article == "第31条"
        assert due.label.startswith("按导入的法定程序办理：")
        assert load_knowledge().route(route).base.title in due.label
        assert "60日" in due.label and "不出具" in due.label and "2026" not in due.label


@pytest.mark.parametrize("route", OWN_WAY)
def test_suggestions_reports_and_questions_have_no_60_day_date(route):
    due = due_after("已受理", today=ACCEPTED, accepted_on=ACCEPTED, route=route)
    assert due.on is None and due.article is None
    assert load_knowledge().route(route).base.title in due.label and "不适用60日" in due.label
    assert transition_updates(pending(route), "已受理", today=ACCEPTED)["handling_deadline"] is None


def test_an_unknown_route_code_is_shown_as_it_is():
    assert other_route("old_code_2024").label.startswith("按“old_code_2024”办理")


def test_the_34th_article_extension_is_for_petitions_only():
    current = {**pending("labour_arbitration"), "status": "已受理", "accepted_on": ACCEPTED, "due_on": None}
    with pytest.raises(ValueError, match="第34条"):
        extension_updates(current, 10, "情况复杂", today=ACCEPTED)
    petition = {**current, "route": "petition", "handling_deadline": SIXTY_DAYS}
    assert extension_updates(petition, 10, "情况复杂", today=ACCEPTED)["due_on"] == date(2026, 3, 21)


def test_route_change_while_handling_starts_and_stops_the_clock():
    handled = {**pending("labour_inspection"), "status": "办理中", "accepted_on": ACCEPTED, "due_on": None}
    handled["due_article"] = None
    started = route_change_updates(handled, "petition", today=date(2026, 2, 1))
    assert started == {"handling_deadline": SIXTY_DAYS, "due_on": SIXTY_DAYS, "due_article": "第34条"}
    running = {**handled, "route": "petition", **started, "extension_days": 10, "extension_reason": "复杂"}
    stopped = route_change_updates(running, "litigation", today=date(2026, 2, 1))
    assert stopped == {
        "handling_deadline": None,
        "extension_days": None,
        "extension_reason": None,
        "due_on": None,
        "due_article": None,
    }
    assert route_change_updates(handled, "labour_arbitration", today=date(2026, 2, 1)) == {}
    assert route_change_updates(pending("labour_inspection"), "petition", today=date(2026, 2, 1)) == {}


# -- cases stored by earlier versions, which gave every route the 60 days ---------------------------


def test_stored_deadlines_of_other_routes_are_cleared_on_sqlite(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'intake.db'}")
    try:
        check_other_route_deadlines_cleared(engine)
    finally:
        engine.dispose()
