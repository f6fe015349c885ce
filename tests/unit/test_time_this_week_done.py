"""Times of the matter, not of what stands beside it: a weekday of this week told as done on a day before it (the
one just gone), a couple's parting before what the former partner does, a term start said loosely and then the
month it really began."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.parsing.occurred_at import extract_occurred_at
from bot.parsing.vague_period import starts_before_incident

MONDAY = datetime(2026, 12, 7, 9, 0)
THURSDAY = datetime(2026, 12, 10, 9, 0)


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("快递这周三就显示签收了", "2026-12-02"),
        ("這週四來過一次", "2026-12-03"),  # traditional characters
        ("这个礼拜五查的", "2026-12-04"),
    ],
)
def test_this_weeks_day_told_as_done_on_a_day_before_it(said, day):
    found = extract_occurred_at(said, MONDAY)
    assert found is not None and found.normalized == day


@pytest.mark.parametrize("said", ["这周三他们要来", "本周五开庭", "这周六准备去", "这周三"])
def test_this_weeks_day_ahead_as_a_plan_is_no_date(said):
    assert extract_occurred_at(said, MONDAY) is None


def test_this_weeks_day_gone_by_is_this_weeks():
    found = extract_occurred_at("这周二来的", THURSDAY)
    assert found is not None and found.normalized == "2026-12-08"


@pytest.mark.parametrize(
    ("said", "month"),
    [
        ("分手快一年了 这个月开始天天堵我", "2026-12"),
        ("去年离的婚 今年三月开始不给孩子抚养费", "2026-03"),
        ("和他分开大半年了 上个月起老发短信骂我", "2026-11"),
    ],
)
def test_a_parting_gives_way_to_what_came_after_it(said, month):
    found = extract_occurred_at(said, MONDAY)
    assert found is not None and found.normalized.startswith(month)


def test_a_parting_alone_is_all_there_is():
    found = extract_occurred_at("离婚两年了 他一直不给钱", MONDAY)
    assert found is not None and found.normalized == "2024"


@pytest.mark.parametrize(
    ("said", "month"),
    [
        ("开学到现在一直被欺负 十一月开始的", "2026-11"),
        ("開學以來一直這樣 10月份開始的", "2026-10"),  # traditional characters
    ],
)
def test_a_term_start_said_loosely_gives_way_to_the_month(said, month):
    found = extract_occurred_at(said, MONDAY)
    assert found is not None and found.normalized == month


def test_a_term_start_with_a_later_incident_keeps_the_term():
    found = extract_occurred_at("开学到现在一直这样 昨天最厉害", MONDAY)
    assert found is not None and found.normalized == "2026-09"


def test_a_start_told_later_replaces_the_incident_the_story_dated():
    story = "孩子在学校老被同学打 前天把眼睛打肿了"
    known = extract_occurred_at(story, MONDAY)
    found = extract_occurred_at("十月份开始的", MONDAY)
    assert known is not None and found is not None
    assert starts_before_incident(story, known.normalized, found, "十月份开始的 一直没停", MONDAY)


@pytest.mark.parametrize("said", ["十月份的时候找过老师", "十月份"])
def test_an_earlier_time_without_a_start_keeps_the_incident(said):
    story = "孩子在学校老被同学打 前天把眼睛打肿了"
    known = extract_occurred_at(story, MONDAY)
    found = extract_occurred_at(said, MONDAY)
    assert known is not None and found is not None
    assert not starts_before_incident(story, known.normalized, found, said, MONDAY)


def test_a_story_dated_by_a_month_is_not_an_incident():
    story = "上个月开始工资就没发"
    known = extract_occurred_at(story, MONDAY)
    found = extract_occurred_at("今年三月开始的", MONDAY)
    assert known is not None and found is not None
    assert not starts_before_incident(story, known.normalized, found, "今年三月开始的", MONDAY)


@pytest.mark.parametrize(
    ("said", "start"),
    [
        ("跟物业说了两年都没人理", "2024"),
        ("找了半年也没人管", "2026-06"),
        ("等了三個月還沒結果", "2026-09"),  # traditional characters
    ],
)
def test_asked_for_that_long_with_nothing_since(said, start):
    found = extract_occurred_at(said, MONDAY)
    assert found is not None and found.normalized.startswith(start)


@pytest.mark.parametrize("said", ["结果干了两年都没交社保", "在厂里做了三年也没涨过工资"])
def test_how_long_one_worked_is_no_time_since(said):
    assert extract_occurred_at(said, MONDAY) is None
