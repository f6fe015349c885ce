from __future__ import annotations

import types
from datetime import date

import pytest

from bot.cases import deadlines, make_engine
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
# stored rows: the due article of cases in handling is migrated from 第32条 to 第34条


def test_stored_due_articles_are_migrated_on_sqlite(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'intake.db'}")
    try:
        check_due_articles_migrated(engine)
    finally:
        engine.dispose()
