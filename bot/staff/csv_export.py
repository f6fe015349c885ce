"""CSV downloads for Excel: UTF-8 with BOM, Chinese headers, phones and addresses masked, no formula injection."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from bot.parsing.masking import mask_personal_numbers
from bot.staff.trends import TrendReport, TrendRow

BOM = "\ufeff"
# a text cell starting with one of these is run as a formula by Excel/LibreOffice (OWASP CSV injection)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

CASE_HEADERS = (
    "事项编号",
    "登记日期",
    "状态",
    "问题类别",
    "问题发生地",
    "地区代码",
    "紧急",
    "扬言",
    "集体",
    "办理期限",
    "已超期",
    "标签",
    "内容摘要",
    "联系电话",
    "通讯地址",
)


def cell(value: Any) -> Any:
    """One CSV cell: numbers stay numbers, dates ISO, booleans 是/否, risky text prefixed with `'`."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _write(rows: Iterable[Iterable[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)  # QUOTE_MINIMAL, \r\n line ends: what Excel expects
    for row in rows:
        writer.writerow([cell(value) for value in row])
    return BOM + buffer.getvalue()


def _tags(value: Any) -> str:
    if not value:
        return ""
    if isinstance(value, str):
        return value
    return "、".join(str(tag) for tag in value)


def cases_csv(items: Iterable[Any]) -> str:
    """Case list rows (objects shaped like `CaseListItem`); free text has phone and ID numbers masked."""
    rows: list[list[Any]] = [list(CASE_HEADERS)]
    for item in items:
        rows.append(
            [
                item.case_number,
                item.filed_on,
                item.status,
                item.category,
                mask_personal_numbers(item.location or ""),
                item.location_code,
                bool(item.urgent),
                bool(item.threat),
                bool(item.collective),
                item.due_on,
                bool(item.overdue),
                _tags(item.tags),
                mask_personal_numbers(item.snippet or ""),
                item.phone_masked,
                item.address_masked,
            ]
        )
    return _write(rows)


def _percent(row: TrendRow) -> float | str:
    if row.ratio is None:
        return "新出现" if row.current else ""
    return round(row.ratio * 100, 1)


def trends_csv(report: TrendReport) -> str:
    """All tables of a trend report in one sheet; the first column says which table a row belongs to."""
    current = f"本期（{report.period.label}）"
    previous = f"上期（{report.previous_period.label}）"
    rows: list[list[Any]] = [["分组", "项目", "代码", current, previous, "变化", "增幅%"]]
    sections = (
        ("问题类别", report.by_category),
        ("地区", report.by_place),
        ("周", report.by_week),
        ("上升最多的类别", report.rising_categories),
        ("上升最多的地区", report.rising_places),
    )
    for name, table in sections:
        for row in table:
            rows.append([name, row.label, row.key, row.current, row.previous, row.change, _percent(row)])
    return _write(rows)
