"""The filing message warns how long the route's period has left, by the time the story gave (the filing day is
the real clock's, so the times here are counted back from it)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from actions.filing import FileCase
from bot.cases.numbers import local_date, utc_now
from tests.actions.conftest import make_tracker, run_action, texts
from tests.actions.test_filing_and_progress import filled


def _filing_day() -> date:
    """The day the case is filed on: the case's own zone (Asia/Shanghai), not the machine's; between 16:00 and
    24:00 UTC the two differ by a day."""
    return local_date(utc_now())


async def _filed(monkeypatch, code: str, variant: str | None, **slots) -> str:
    import bot.domain.routing
    from bot.domain.routing import RouteDecision

    monkeypatch.setattr(
        bot.domain.routing, "decide_route", lambda *a, **k: RouteDecision(code, variant, "pinned")
    )
    tracker = make_tracker("确认", intent="affirm", slots=filled(**slots), active_loop=None)
    _, dispatcher, _ = await run_action(FileCase(), tracker)
    return texts(dispatcher)


async def test_a_fine_of_ten_days_ago_is_told_the_days_left_for_review(monkeypatch):
    fined = _filing_day() - timedelta(days=10)
    said = await _filed(
        monkeypatch,
        "administrative_review",
        None,
        issue_text="城管罚了我两千块 不服",
        occurred_at=fined.isoformat(),
    )
    assert "还剩大约50天" in said and "申请行政复议的期限（60日）" in said and "12348" in said


async def test_a_land_matter_of_years_ago_may_have_run_out(monkeypatch):
    said = await _filed(
        monkeypatch,
        "land_contract_arbitration",
        None,
        issue_text="组里把俺家承包的三亩地收回去给了别人",
        occurred_at=str(_filing_day().year - 3),
    )
    assert "申请土地承包仲裁的时效（2年）可能已经过了" in said and "知道或者应当知道" in said


@pytest.mark.parametrize(("code", "variant"), [("hotline_12345", "environment"), ("petition", None)])
async def test_routes_without_a_period_get_no_warning(monkeypatch, code, variant):
    said = await _filed(monkeypatch, code, variant, occurred_at=str(_filing_day().year - 3))
    assert "时间上请抓紧" not in said and "可能已经过了" not in said
