"""CSV exports: BOM for Excel, Chinese headers, masked phones, no formula injection, exact round trip."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date

import pytest

from bot.staff.csv_export import CASE_HEADERS, cases_csv, cell, trends_csv
from bot.staff.trends import Period, TrendReport, make_row


@dataclass
class Item:  # shaped like bot.staff.case_queries.CaseListItem
    case_number: str = "XF20261127-0001"
    filed_on: date = date(2026, 11, 27)
    status: str = "待受理"
    category: str | None = "劳动和社会保障"
    location: str | None = "广东省深圳市南山区粤海街道"
    location_code: str | None = "440305"
    urgent: bool = False
    threat: bool = False
    collective: bool = True
    due_on: date | None = date(2026, 12, 12)
    overdue: bool = False
    tags: list[str] = field(default_factory=lambda: ["欠薪", "集体"])
    snippet: str = "老板拖欠我们12个人工资三个月了，一共十二万"
    phone_masked: str | None = "138****5678"
    reviewed: bool = False
    address_masked: str | None = "广东省深圳市南山区****"


def read(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline="")))


def test_cases_csv_has_bom_chinese_headers_and_round_trips() -> None:
    text = cases_csv([Item(), Item(case_number="XF20261127-0002", urgent=True, tags=[], due_on=None)])
    rows = read(text)
    assert rows[0] == list(CASE_HEADERS)
    assert rows[0][:4] == ["事项编号", "登记日期", "状态", "问题类别"]
    assert rows[1] == [
        "XF20261127-0001",
        "2026-11-27",
        "待受理",
        "劳动和社会保障",
        "广东省深圳市南山区粤海街道",
        "440305",
        "否",
        "否",
        "是",
        "2026-12-12",
        "否",
        "欠薪、集体",
        "老板拖欠我们12个人工资三个月了，一共十二万",
        "138****5678",
        "广东省深圳市南山区****",
    ]
    assert rows[2][6] == "是" and rows[2][9] == "" and rows[2][11] == ""
    assert text.encode("utf-8").startswith(b"\xef\xbb\xbf")


def test_formula_cells_are_neutralised() -> None:
    risky = Item(
        category='=HYPERLINK("http://evil.example","点我")',
        location="+1+1",
        snippet="-2+3 还有 @SUM(A1:A9)",
        tags=["@老王"],
        phone_masked=None,
    )
    row = read(cases_csv([risky]))[1]
    assert row[3] == '\'=HYPERLINK("http://evil.example","点我")'
    assert row[4] == "'+1+1"
    assert row[12] == "'-2+3 还有 @SUM(A1:A9)"
    assert row[11] == "'@老王"
    assert row[13] == ""


def test_phones_and_ids_in_free_text_are_masked() -> None:
    item = Item(snippet="我电话１３８１２３４５６７８，身份证11010519491231002X，<script>x</script>")
    row = read(cases_csv([item]))[1]
    assert row[12] == "我电话138****5678，身份证110105********002X，<script>x</script>"
    assert "12345678" not in cases_csv([item])


def test_text_with_commas_quotes_and_newlines_survives() -> None:
    item = Item(snippet='他说"明天再说"，\n结果一拖就是半年, 真是😡')
    assert read(cases_csv([item]))[1][12] == '他说"明天再说"，\n结果一拖就是半年, 真是😡'


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, ""), (True, "是"), (False, "否"), (3, 3), (-2, -2), (0.5, 0.5), ("-3", "'-3"), ("\t=1", "'\t=1")],
)
def test_cell(value, expected) -> None:
    assert cell(value) == expected


def test_trends_csv_lists_every_table_with_period_headers() -> None:
    report = TrendReport(
        by_category=[make_row("劳动和社会保障", "劳动和社会保障", 3, 1), make_row(None, "未分类", 1, 0)],
        by_place=[make_row("4401", "广东省广州市", 1, 3)],
        by_week=[make_row("2026-W47", "2026-W47 (11月16日–11月22日)", 4, 3)],
        rising_categories=[make_row("劳动和社会保障", "劳动和社会保障", 3, 1)],
        rising_places=[],
        period=Period(date(2026, 11, 16), date(2026, 11, 29)),
        previous_period=Period(date(2026, 11, 2), date(2026, 11, 15)),
    )
    rows = read(trends_csv(report))
    assert rows[0] == [
        "分组",
        "项目",
        "代码",
        "本期（2026-11-16 至 2026-11-29）",
        "上期（2026-11-02 至 2026-11-15）",
        "变化",
        "增幅%",
    ]
    assert rows[1:] == [
        ["问题类别", "劳动和社会保障", "劳动和社会保障", "3", "1", "2", "200.0"],
        ["问题类别", "未分类", "", "1", "0", "1", "新出现"],
        ["地区", "广东省广州市", "4401", "1", "3", "-2", "-66.7"],  # numbers are not prefixed
        ["周", "2026-W47 (11月16日–11月22日)", "2026-W47", "4", "3", "1", "33.3"],
        ["上升最多的类别", "劳动和社会保障", "劳动和社会保障", "3", "1", "2", "200.0"],
    ]
