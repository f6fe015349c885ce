"""Trends (信访大数据): counts by category, place and week against the previous period, charts and CSV."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from urllib.parse import urlencode

import aiohttp_jinja2
from aiohttp import web

from bot.cases.numbers import local_date, utc_now
from bot.staff import trends
from bot.staff.audit import record
from bot.staff.csv_export import trends_csv
from bot.web.console.charts import bar_chart
from bot.web.console.db import run_db, staff_db

DEFAULT_DAYS = 28
MAX_DAYS = 366 * 3
EARLIEST = date(2000, 1, 1)  # before any case this system can hold
PLACE_LEVELS: dict[str, str] = {"province": "省", "city": "市", "county": "区县"}
WEEK_LABEL_CHARS = 26  # 2026-W48 (11月23日–11月29日) whole
CHART_ROWS = 17  # all categories; the longest place lists are cut to this many bars


@dataclass(frozen=True)
class TrendQuery:
    date_from: date
    date_to: date
    place_level: str
    errors: list[str] = field(default_factory=list)

    @property
    def params(self) -> dict[str, str]:
        return {"from": self.date_from.isoformat(), "to": self.date_to.isoformat(), "level": self.place_level}

    def url(self, path: str) -> str:
        return path + "?" + urlencode(self.params)


def parse_trend_query(query: Mapping[str, str], today: date) -> TrendQuery:
    """Default: the last 28 days (today included); bad dates fall back with a message."""
    errors: list[str] = []
    default_to = today
    default_from = today - timedelta(days=DEFAULT_DAYS - 1)

    def read(name: str, label: str, default: date) -> date:
        text = (query.get(name) or "").strip()
        if not text:
            return default
        try:
            chosen = date.fromisoformat(text)
        except ValueError:
            errors.append(f"{label}格式不对，请按 2026-11-01 这样填写；已改用默认日期")
            return default
        if not EARLIEST <= chosen <= today + timedelta(days=366):
            # 0001-01-01 or 9999-12-31 would overflow the previous period's dates
            errors.append(f"{label}超出范围（{EARLIEST:%Y}年至明年），已改用默认日期")
            return default
        return chosen

    date_from = read("from", "开始日期", default_from)
    date_to = read("to", "结束日期", default_to)
    if date_from > date_to:
        errors.append("开始日期晚于结束日期，已对调")
        date_from, date_to = date_to, date_from
    if (date_to - date_from).days >= MAX_DAYS:
        errors.append("时间段最长三年，已从结束日期往前截取")
        date_from = date_to - timedelta(days=MAX_DAYS - 1)
    level = (query.get("level") or "city").strip()
    return TrendQuery(date_from, date_to, level if level in PLACE_LEVELS else "city", errors)


def _report(sessions, query: TrendQuery):
    return trends.trend_report(
        sessions, date_from=query.date_from, date_to=query.date_to, place_level=query.place_level
    )


async def trends_page(request: web.Request) -> web.Response:
    query = parse_trend_query(request.query, local_date(utc_now()))
    report = await run_db(request, _report, staff_db(request).sessions, query)
    level_label = PLACE_LEVELS[query.place_level]
    context = {
        "query": query,
        "report": report,
        "levels": PLACE_LEVELS,
        "csv_url": query.url("/staff/trends.csv"),
        "charts_data": {
            "category": bar_chart(report.by_category, "按类别", limit=CHART_ROWS),
            "place": bar_chart(report.by_place, f"按地区（{level_label}）", limit=CHART_ROWS),
            "week": bar_chart(report.by_week, "按周", label_chars=WEEK_LABEL_CHARS),
        },
        "total_current": sum(row.current for row in report.by_category),
        "total_previous": sum(row.previous for row in report.by_category),
    }
    return aiohttp_jinja2.render_template("staff/trends.html", request, context)


def _export(sessions, query: TrendQuery, actor: str, ip: str | None) -> str:
    body = trends_csv(_report(sessions, query))
    with sessions.begin() as session:
        record(
            session, actor=actor, action="export.trends_csv", target_type="trends", after=query.params, ip=ip
        )
    return body


async def trends_csv_page(request: web.Request) -> web.Response:
    query = parse_trend_query(request.query, local_date(utc_now()))
    user = request["staff_user"]
    body = await run_db(request, _export, staff_db(request).sessions, query, user.username, request.remote)
    name = f"trends-{query.date_from:%Y%m%d}-{query.date_to:%Y%m%d}.csv"
    return web.Response(
        body=body.encode("utf-8"),
        content_type="text/csv",
        charset="utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def add_routes(app: web.Application) -> None:
    app.router.add_get("/staff/trends", trends_page, name="staff_trends")
    app.router.add_get("/staff/trends.csv", trends_csv_page, name="staff_trends_csv")
