from __future__ import annotations

import sys
import types
from datetime import date

import pytest

from bot.cases import deadlines


@pytest.fixture(autouse=True)
def fresh_cache():
    deadlines.deadline_rule.cache_clear()
    yield
    deadlines.deadline_rule.cache_clear()


def test_articles_and_day_counts_match_domain():
    assert (deadlines.REGISTER_TRANSFER.days, deadlines.REGISTER_TRANSFER.article) == (15, "第22条")
    assert (deadlines.ACCEPTANCE_NOTICE.days, deadlines.ACCEPTANCE_NOTICE.article) == (15, "第23条")
    assert (deadlines.HANDLING.days, deadlines.HANDLING.article) == (60, "第32条")
    assert (deadlines.HANDLING_EXTENSION.days, deadlines.HANDLING_EXTENSION.article) == (30, "第34条")


def test_filing_deadlines_cross_the_year_end():
    due = deadlines.filing_deadlines(date(2026, 12, 20))
    assert due.register_by == date(2027, 1, 4)
    assert due.acceptance_notice_by == date(2027, 1, 4)


def test_handling_deadline_counts_60_days_from_acceptance():
    assert deadlines.handling_deadline(date(2026, 1, 1)) == date(2026, 3, 2)
    assert deadlines.handling_deadline(date(2028, 1, 1)) == date(2028, 3, 1)  # leap year
    assert deadlines.extended_handling_deadline(date(2026, 1, 1)) == date(2026, 4, 1)


def test_unknown_step():
    with pytest.raises(KeyError):
        deadlines.deadline_days("appeal")


def _fake_knowledge(days_by_step: dict[str, int], working_days: bool = False):
    class Knowledge:
        def deadline(self, step):
            return types.SimpleNamespace(days=days_by_step[step], article="第99条", working_days=working_days)

    module = types.ModuleType("bot.knowledge")
    module.load_knowledge = lambda: Knowledge()
    return module


def test_knowledge_file_wins_when_present(monkeypatch):
    monkeypatch.setitem(sys.modules, "bot.knowledge", _fake_knowledge({"register_transfer": 10}))
    assert deadlines.deadline_days("register_transfer") == 10
    assert deadlines.deadline_rule("register_transfer").article == "第99条"
    # steps the knowledge file lacks fall back to the constants
    assert deadlines.deadline_days("handling") == 60
    assert deadlines.filing_deadlines(date(2026, 5, 1)).register_by == date(2026, 5, 11)


def test_bad_knowledge_values_are_ignored(monkeypatch):
    monkeypatch.setitem(sys.modules, "bot.knowledge", _fake_knowledge({"handling": 0}))
    assert deadlines.deadline_days("handling") == 60


def test_working_day_counts_are_not_used_as_calendar_days(monkeypatch):
    fake = _fake_knowledge({"register_transfer": 5}, working_days=True)
    monkeypatch.setitem(sys.modules, "bot.knowledge", fake)
    assert deadlines.deadline_days("register_transfer") == 15


def test_a_broken_knowledge_file_does_not_stop_filing(monkeypatch):
    module = types.ModuleType("bot.knowledge")

    def broken():
        raise FileNotFoundError("knowledge/legal_routes.yml")

    module.load_knowledge = broken
    monkeypatch.setitem(sys.modules, "bot.knowledge", module)
    assert deadlines.filing_deadlines(date(2026, 5, 1)).register_by == date(2026, 5, 16)


def test_the_real_knowledge_file_agrees_with_the_fallback():
    pytest.importorskip("bot.knowledge")
    for step, fallback in deadlines.FALLBACK_RULES.items():
        rule = deadlines.deadline_rule(step)
        assert rule.days == fallback.days, step
        assert fallback.article in rule.article, step
