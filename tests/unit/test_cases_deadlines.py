from __future__ import annotations

import types
from datetime import date

import pytest

from bot.cases import deadlines, make_engine, workflow
from bot.cases.due_dates import due_after
from bot.cases.schemas import STATUS_CLOSED, STATUS_REVIEW
from bot.domain.knowledge import Deadline, load_knowledge
from tests.migrations import check_due_articles_migrated


@pytest.fixture(autouse=True)
def fresh_cache():
    deadlines.deadline_rule.cache_clear()
    yield
    deadlines.deadline_rule.cache_clear()


def test_each_day_count_is_pinned_to_its_article():
    assert (deadlines.REGISTER_TRANSFER.days, deadlines.REGISTER_TRANSFER.article) == (15, "第22条")
    assert (deadlines.ACCEPTANCE_NOTICE.days, deadlines.ACCEPTANCE_NOTICE.article) == (15, "第23条")
    # 60 days is 第34条; 第32条 only lists what the 信访处理意见书 contains
    assert (deadlines.HANDLING.days, deadlines.HANDLING.article) == (60, "第34条")
    assert (deadlines.HANDLING_EXTENSION.days, deadlines.HANDLING_EXTENSION.article) == (30, "第34条")


def test_filing_deadlines_cross_the_year_end():
    due = deadlines.filing_deadlines(date(2026, 12, 20))
    assert due.register_by == date(2027, 1, 4)
    # 第23条 counts 15 days from the handling organ's receipt: at the latest, a transfer on 2027-01-04
    assert due.acceptance_notice_by == date(2027, 1, 19)
    assert deadlines.acceptance_notice_latest(date(2027, 1, 7)) == date(2027, 1, 22)


def test_handling_deadline_counts_60_days_from_acceptance():
    assert deadlines.handling_deadline(date(2026, 1, 1)) == date(2026, 3, 2)
    assert deadlines.handling_deadline(date(2028, 1, 1)) == date(2028, 3, 1)  # leap year


def test_unknown_step():
    with pytest.raises(KeyError):
        deadlines.deadline_days("appeal")


def _fake_knowledge(days_by_step: dict[str, int], working_days: bool = False):
    class Knowledge:
        def deadline(self, step):
            return types.SimpleNamespace(days=days_by_step[step], article="第99条", working_days=working_days)

    module = types.ModuleType("bot.domain.knowledge")
    module.load_knowledge = lambda: Knowledge()
    return module


def test_knowledge_file_wins_when_present(monkeypatch):
    monkeypatch.setattr(
        deadlines, "load_knowledge", _fake_knowledge({"register_transfer": 10}).load_knowledge
    )
    assert deadlines.deadline_days("register_transfer") == 10
    assert deadlines.deadline_rule("register_transfer").article == "第99条"
    # steps the knowledge file lacks fall back to the constants
    assert deadlines.deadline_days("handling") == 60
    assert deadlines.filing_deadlines(date(2026, 5, 1)).register_by == date(2026, 5, 11)


def test_bad_knowledge_values_are_ignored(monkeypatch):
    monkeypatch.setattr(deadlines, "load_knowledge", _fake_knowledge({"handling": 0}).load_knowledge)
    assert deadlines.deadline_days("handling") == 60


def test_working_day_counts_are_not_used_as_calendar_days(monkeypatch):
    fake = _fake_knowledge({"register_transfer": 5}, working_days=True)
    monkeypatch.setattr(deadlines, "load_knowledge", fake.load_knowledge)
    assert deadlines.deadline_days("register_transfer") == 15


def test_a_broken_knowledge_file_does_not_stop_filing(monkeypatch):
    module = types.ModuleType("bot.domain.knowledge")

    def broken():
        raise FileNotFoundError("knowledge/legal_routes.yml")

    module.load_knowledge = broken
    monkeypatch.setattr(deadlines, "load_knowledge", module.load_knowledge)
    assert deadlines.filing_deadlines(date(2026, 5, 1)).register_by == date(2026, 5, 16)


def test_the_real_knowledge_file_agrees_with_the_fallback():
    for step, fallback in deadlines.FALLBACK_RULES.items():
        rule = deadlines.deadline_rule(step)
        assert rule.days == fallback.days, step
        assert rule.article == fallback.article, step


# ---------------------------------------------------------------------------------------------------
# deadline_rule: the one reader of a step's rule, for filing (this module) and staff's due dates (due_dates)


class _EveryStep:
    """A knowledge file whose every step is `days` (with `working_days`), cited as 第99条."""

    def __init__(self, days, working_days: bool = False):
        self.days, self.working_days = days, working_days

    def deadline(self, step):
        return Deadline(step, self.days, self.working_days, "第99条", "")


def test_every_calendar_step_of_the_knowledge_file_is_read_from_it(caplog):
    calendar_steps = set()
    for step, entry in load_knowledge().deadlines.items():
        if entry.working_days:  # 5 working days cannot be added to a date as calendar days
            with pytest.raises(KeyError):
                deadlines.deadline_rule(step)
            continue
        calendar_steps.add(step)
        assert deadlines.deadline_rule(step) == deadlines.DeadlineRule(step, entry.days, entry.article)
    # the fallback table covers exactly the file's calendar steps, and the file answered for each
    assert calendar_steps == set(deadlines.FALLBACK_RULES)
    assert "built-in value" not in caplog.text


@pytest.mark.parametrize("step", sorted(deadlines.FALLBACK_RULES))
def test_a_step_missing_from_the_file_falls_back_with_a_warning(monkeypatch, caplog, step):
    class NoSteps:
        def deadline(self, wanted):
            raise KeyError(f"unknown deadline step: {wanted!r}")

    monkeypatch.setattr(deadlines, "load_knowledge", NoSteps)
    assert deadlines.deadline_rule(step) is deadlines.FALLBACK_RULES[step]
    assert f"deadline {step} not read from the knowledge file" in caplog.text


def test_the_file_s_values_reach_filing_staff_deadlines_and_the_extension(monkeypatch):
    monkeypatch.setattr(deadlines, "load_knowledge", lambda: _EveryStep(20))
    assert deadlines.filing_deadlines(date(2026, 5, 1)).register_by == date(2026, 5, 21)
    review = due_after(STATUS_REVIEW, today=date(2026, 5, 2), review_requested_on=date(2026, 5, 1))
    assert (review.on, review.article) == (date(2026, 5, 21), "第99条")
    closed = due_after(STATUS_CLOSED, today=date(2026, 5, 2), closed_on=date(2026, 5, 1))
    assert "2026-05-21前请求复查" in closed.label
    assert workflow.max_extension_days() == 20


@pytest.mark.parametrize(
    ("days", "working_days"),
    [(0, False), (-3, False), (None, False), (True, False), (20.0, False), ("20", False), (20, True)],
)
def test_an_invalid_entry_is_refused_the_same_way_for_both_callers(monkeypatch, caplog, days, working_days):
    monkeypatch.setattr(deadlines, "load_knowledge", lambda: _EveryStep(days, working_days))
    # filing (bot.cases.deadlines) keeps the statutory 15 and 60 days
    assert deadlines.filing_deadlines(date(2026, 5, 1)).register_by == date(2026, 5, 16)
    assert deadlines.handling_deadline(date(2026, 1, 1)) == date(2026, 3, 2)
    # staff's due dates (bot.cases.due_dates) keep the statutory 30 days of 第35条, as does the extension
    review = due_after(STATUS_REVIEW, today=date(2026, 5, 2), review_requested_on=date(2026, 5, 1))
    assert (review.on, review.article) == (date(2026, 5, 31), "第35条")
    closed = due_after(STATUS_CLOSED, today=date(2026, 5, 2), closed_on=date(2026, 5, 1))
    assert "2026-05-31前请求复查" in closed.label and "第35条" in closed.label
    assert workflow.max_extension_days() == 30
    assert "not a positive count of calendar days" in caplog.text


# ---------------------------------------------------------------------------------------------------
# stored rows: the due article of cases in handling is migrated from 第32条 to 第34条


def test_stored_due_articles_are_migrated_on_sqlite(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'intake.db'}")
    try:
        check_due_articles_migrated(engine)
    finally:
        engine.dispose()
