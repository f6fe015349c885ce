"""The trends page: period parsing, inline SVG charts (escaped labels), tables, CSV export with audit."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta, timezone

import pytest
from aiohttp.test_utils import TestClient

from bot.cases import CaseInput
from bot.cases.numbers import local_date, utc_now
from bot.staff.trends import TrendRow
from bot.web.console.charts import bar_chart, nice_ceiling, shorten, ticks_for
from bot.web.console.views_trends import parse_trend_query
from tests.integration.test_staff_web_cases import Staff, World, client, login, world  # noqa: F401 (fixtures)

EVIL = "<svg onload=alert(1)>"


def row(label: str, current: int, previous: int) -> TrendRow:
    change = current - previous
    return TrendRow(label, label, current, previous, change, change / previous if previous else None)


# -- charts (pure) --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "ceiling"), [(0, 1), (1, 1), (3, 5), (7, 10), (10, 10), (11, 20), (230, 500)]
)
def test_nice_ceiling(value: int, ceiling: int) -> None:
    assert nice_ceiling(value) == ceiling


def test_ticks_start_at_zero_and_end_at_the_plot_edge() -> None:
    ticks = ticks_for(7, 400)
    assert ticks[0].value == 0 and ticks[0].x == 0
    assert ticks[-1].value == 10 and ticks[-1].x == 400


def test_bars_share_one_scale_and_mark_rises() -> None:
    chart = bar_chart([row("劳动和社会保障", 8, 4), row("城乡建设", 3, 5)], "按类别")
    wages, building = chart.bars
    assert (
        wages.current_width == chart.plot_width * 8 / 10 and wages.previous_width == chart.plot_width * 4 / 10
    )
    assert wages.rising and not building.rising
    assert building.y > wages.y and chart.height > building.y
    assert chart.max_value == 8 and not chart.empty


def test_long_and_blank_labels_are_shortened_not_dropped() -> None:
    assert shorten("广西壮族自治区南宁市青秀区南湖街道办事处") == "广西壮族自治区南宁市青秀区…"
    assert shorten("   ") == "（未填写）"
    chart = bar_chart([row("x" * 40, 1, 0)], "t")
    assert chart.bars[0].full_label == "x" * 40 and len(chart.bars[0].label) == 14


def test_empty_chart_and_limit() -> None:
    assert bar_chart([], "按周").empty
    assert len(bar_chart([row(str(i), i, 0) for i in range(30)], "按地区", limit=17).bars) == 17


# -- the period -----------------------------------------------------------------------------------


def test_default_period_is_the_last_28_days() -> None:
    query = parse_trend_query({}, date(2026, 11, 27))
    assert (query.date_from, query.date_to, query.place_level) == (
        date(2026, 10, 31),
        date(2026, 11, 27),
        "city",
    )
    assert query.errors == []


def test_bad_period_values_fall_back_with_messages() -> None:
    query = parse_trend_query(
        {"from": "2026-11-30", "to": "2026-11-01", "level": "street"}, date(2026, 11, 27)
    )
    assert (query.date_from, query.date_to, query.place_level) == (
        date(2026, 11, 1),
        date(2026, 11, 30),
        "city",
    )
    assert query.errors == ["开始日期晚于结束日期，已对调"]
    broken = parse_trend_query({"from": "１１月１日"}, date(2026, 11, 27))
    assert broken.date_from == date(2026, 10, 31) and "格式不对" in broken.errors[0]
    huge = parse_trend_query({"from": "2000-01-01", "to": "2026-11-27"}, date(2026, 11, 27))
    assert (huge.date_to - huge.date_from).days == 366 * 3 - 1 and huge.errors
    extreme = parse_trend_query({"from": "0001-01-01", "to": "9999-12-31"}, date(2026, 11, 27))
    assert (extreme.date_from, extreme.date_to) == (date(2026, 10, 31), date(2026, 11, 27))  # was a 500
    assert len(extreme.errors) == 2 and all("超出范围" in e for e in extreme.errors)


# -- the page -------------------------------------------------------------------------------------


@pytest.fixture
def trend_cases(world: World) -> None:  # noqa: F811
    today = local_date(utc_now())
    noon = datetime.combine(today, datetime.min.time(), tzinfo=timezone.utc) + timedelta(hours=4)

    def file(key: str, days_ago: int, **fields) -> None:
        data = CaseInput(filing_key=key, issue_text=f"事项{key}", channel="rest", **fields)
        world.repo.file_case(data, now=noon - timedelta(days=days_ago))

    for i in range(5):
        file(f"wage-{i}", i + 1, category="劳动和社会保障", location_code="440106")
    file("wage-old", 35, category="劳动和社会保障", location_code="440106")
    for i in range(3):
        file(f"env-old-{i}", 30 + i, category="环境保护", location_code="110105")
    file("env-new", 2, category="环境保护", location_code="110105")
    file("evil", 3, category=EVIL, location_code="<b>9</b>")


@pytest.fixture
def officer(world: World, client: TestClient) -> Staff:  # noqa: F811
    return login(world, client, "chenjing", "officer")


async def test_trends_page_charts_tables_and_rises(officer: Staff, trend_cases: None) -> None:
    response = await officer.get("/staff/trends")
    page = await response.text()
    assert response.status == 200
    assert page.count("<svg") == 3 and "<script" not in page.split("</head>")[1]
    assert 'style="' not in page  # the CSP forbids inline styles
    assert "劳动和社会保障" in page and "广东省广州市" in page and "北京市" in page
    assert EVIL not in page and "&lt;svg onload=alert(1)&gt;" in page
    assert "<b>9" not in page and "&lt;b&gt;9" in page
    rising = page.split("上升最多")[2].split("按类别")[0]
    assert rising.index("劳动和社会保障") < rising.index("&lt;svg")  # +4 before +1
    assert '<span class="change up">+4（+400%）</span>' in page
    assert '<span class="change down">-2（-67%）</span>' in page  # 环境保护 3 → 1
    assert re.search(r"共 7 件；\s*上期（同样长度、紧接其前）共 4 件", page)


async def test_trends_by_province_level(officer: Staff, trend_cases: None) -> None:
    page = await (await officer.get("/staff/trends", params={"level": "province"})).text()
    assert "按地区（省）" in page and "广东省" in page and "广东省广州市" not in page


async def test_trends_csv_is_audited(officer: Staff, world: World, trend_cases: None) -> None:  # noqa: F811
    today = local_date(utc_now())
    params = {"from": str(today - timedelta(days=6)), "to": str(today), "level": "county"}
    response = await officer.get("/staff/trends.csv", params=params)
    assert response.status == 200 and response.content_type == "text/csv"
    body = (await response.read()).decode("utf-8")
    assert body.startswith("\ufeff") and "劳动和社会保障" in body
    [entry] = world.audit("export.trends_csv")
    assert json.loads(entry.after) == params and entry.actor == "chenjing"
    disposition = response.headers["Content-Disposition"]
    assert f"trends-{today - timedelta(days=6):%Y%m%d}-{today:%Y%m%d}.csv" in disposition


async def test_trends_need_a_session(client: TestClient) -> None:  # noqa: F811
    response = await client.get("/staff/trends.csv", allow_redirects=False)
    assert response.status == 302 and response.headers["Location"].startswith("/staff/login")


async def test_dates_out_of_range_answer_the_page_not_a_500(officer: Staff, trend_cases: None) -> None:
    for path in ("/staff/trends", "/staff/trends.csv"):
        response = await officer.get(f"{path}?from=0001-01-01&to=9999-12-31")
        assert response.status == 200, path
