"""Trend report: exact counts by category, place and ISO week against the previous period."""

from __future__ import annotations

from datetime import date, datetime, time, timezone

import pytest

from bot.cases import CaseInput, CaseRepository, create_schema, make_engine, session_factory
from bot.staff.trends import trend_report, week_label

FROM, TO = date(2026, 11, 16), date(2026, 11, 29)  # ISO weeks 47 and 48; previous: 11-02 … 11-15
LABOUR, BUILDING, ECO = "劳动和社会保障", "城乡建设", "生态环境"
NANSHAN, TIANHE, CHAOYANG = "440305", "440106", "110105"
CASES = [
    # current period
    (date(2026, 11, 16), LABOUR, NANSHAN),
    (date(2026, 11, 20), LABOUR, NANSHAN),
    (date(2026, 11, 29), LABOUR, NANSHAN),
    (date(2026, 11, 23), BUILDING, TIANHE),
    (date(2026, 11, 25), None, None),
    (date(2026, 11, 17), ECO, CHAOYANG),
    (date(2026, 11, 17), ECO, CHAOYANG),
    # previous period
    (date(2026, 11, 10), LABOUR, NANSHAN),
    (date(2026, 11, 3), BUILDING, TIANHE),
    (date(2026, 11, 9), BUILDING, TIANHE),
    (date(2026, 11, 15), BUILDING, TIANHE),
    # outside both
    (date(2026, 11, 1), BUILDING, TIANHE),
    (date(2026, 11, 30), ECO, CHAOYANG),
]


@pytest.fixture
def sessions(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'cases.db'}")
    create_schema(engine)
    yield session_factory(engine)
    engine.dispose()


def file(repo: CaseRepository, n: int, category: str | None, code: str | None, when: datetime) -> None:
    repo.file_case(
        CaseInput(
            filing_key=f"trend-{n}",
            issue_text=f"第{n}件：群众反映的事情",
            category=category,
            location_code=code,
            location="某地" if code else None,
        ),
        now=when,
    )


@pytest.fixture
def filed(sessions):
    repo = CaseRepository(sessions, id_encryption_key=None)
    for n, (day, category, code) in enumerate(CASES):
        file(repo, n, category, code, datetime.combine(day, time(2, 0), timezone.utc))  # 10:00 Beijing
    return sessions


def table(rows) -> dict:
    return {row.label: (row.current, row.previous, row.change) for row in rows}


def test_categories_with_previous_period_and_uncategorised(filed) -> None:
    report = trend_report(filed, date_from=FROM, date_to=TO)
    assert table(report.by_category) == {
        LABOUR: (3, 1, 2),
        ECO: (2, 0, 2),
        BUILDING: (1, 3, -2),
        "未分类": (1, 0, 1),
    }
    assert [r.label for r in report.by_category] == [LABOUR, ECO, BUILDING, "未分类"]
    labour = report.by_category[0]
    assert labour.key == LABOUR and labour.ratio == pytest.approx(2.0)
    assert report.by_category[2].ratio == pytest.approx(-2 / 3)
    assert report.by_category[3].key is None and report.by_category[3].ratio is None
    assert (report.period.date_from, report.period.date_to) == (FROM, TO)
    assert (report.previous_period.date_from, report.previous_period.date_to) == (
        date(2026, 11, 2),
        date(2026, 11, 15),
    )


def test_rising_lists_only_increases_biggest_first(filed) -> None:
    report = trend_report(filed, date_from=FROM, date_to=TO)
    # equal change (2): the new one (from 0) ranks above the doubled one
    assert [r.label for r in report.rising_categories] == [ECO, LABOUR, "未分类"]
    assert [r.label for r in report.rising_places] == ["北京市", "广东省深圳市", "未知地点"]
    assert all(r.change > 0 for r in report.rising_categories + report.rising_places)


@pytest.mark.parametrize(
    ("level", "expected"),
    [
        (
            "city",
            {
                "广东省深圳市": (3, 1, 2),
                "广东省广州市": (1, 3, -2),
                "北京市": (2, 0, 2),
                "未知地点": (1, 0, 1),
            },
        ),
        ("province", {"广东省": (4, 4, 0), "北京市": (2, 0, 2), "未知地点": (1, 0, 1)}),
        (
            "county",
            {
                "广东省深圳市南山区": (3, 1, 2),
                "广东省广州市天河区": (1, 3, -2),
                "北京市朝阳区": (2, 0, 2),
                "未知地点": (1, 0, 1),
            },
        ),
    ],
)
def test_places_at_each_level(filed, level: str, expected: dict) -> None:
    report = trend_report(filed, date_from=FROM, date_to=TO, place_level=level)
    assert table(report.by_place) == expected
    keys = {r.label: r.key for r in report.by_place}
    assert (
        keys["北京市" if level != "county" else "北京市朝阳区"]
        == CHAOYANG[: {"province": 2, "city": 4}.get(level, 6)]
    )


def test_weeks_compare_with_the_week_before(filed) -> None:
    report = trend_report(filed, date_from=FROM, date_to=TO)
    assert [(r.key, r.label, r.current, r.previous) for r in report.by_week] == [
        ("2026-W47", "2026-W47 (11月16日–11月22日)", 4, 3),
        ("2026-W48", "2026-W48 (11月23日–11月29日)", 3, 4),
    ]
    assert report.by_week[1].change == -1


def test_a_period_not_aligned_to_weeks_lists_each_touched_week(filed) -> None:
    report = trend_report(filed, date_from=date(2026, 11, 18), date_to=date(2026, 11, 24))
    assert [(r.key, r.current) for r in report.by_week] == [("2026-W47", 1), ("2026-W48", 1)]
    assert report.previous_period.date_from == date(2026, 11, 11)


def test_filing_date_is_the_local_date(sessions) -> None:
    repo = CaseRepository(sessions, id_encryption_key=None)
    file(repo, 1, ECO, None, datetime(2026, 11, 15, 16, 30, tzinfo=timezone.utc))  # 00:30 on 11-16 Beijing
    report = trend_report(sessions, date_from=FROM, date_to=TO)
    assert table(report.by_category) == {ECO: (1, 0, 1)}


def test_empty_store_and_bad_input(sessions) -> None:
    report = trend_report(sessions, date_from=FROM, date_to=TO)
    assert report.by_category == [] and report.by_place == [] and report.rising_categories == []
    assert [r.current for r in report.by_week] == [0, 0]
    with pytest.raises(ValueError, match="开始日期不能晚于结束日期"):
        trend_report(sessions, date_from=TO, date_to=FROM)
    with pytest.raises(ValueError, match="地区层级"):
        trend_report(sessions, date_from=FROM, date_to=TO, place_level="town")


def test_week_label_across_the_new_year() -> None:
    assert week_label(2026, 53) == "2026-W53 (12月28日–1月3日)"
    assert week_label(2027, 1) == "2027-W01 (1月4日–1月10日)"


def test_same_report_on_postgresql(postgres_url) -> None:
    import uuid

    schema = f"trends_test_{uuid.uuid4().hex[:10]}"
    admin = make_engine(postgres_url)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    engine = make_engine(postgres_url, connect_args={"options": f"-csearch_path={schema}"})
    try:
        create_schema(engine)
        sessions = session_factory(engine)
        repo = CaseRepository(sessions, id_encryption_key=None)
        for n, (day, category, code) in enumerate(CASES):
            file(repo, n, category, code, datetime.combine(day, time(2, 0), timezone.utc))
        report = trend_report(sessions, date_from=FROM, date_to=TO, place_level="city")
        assert table(report.by_place)["广东省深圳市"] == (3, 1, 2)
        assert table(report.by_category)["未分类"] == (1, 0, 1)
        assert [(r.current, r.previous) for r in report.by_week] == [(4, 3), (3, 4)]
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()
