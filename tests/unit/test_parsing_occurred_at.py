from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.parsing.occurred_at import OccurredAt, extract_occurred_at

NOW = datetime(2026, 3, 15, 10, 0)  # a Sunday, Asia/Shanghai local time


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("去年三月开始拖欠工资", "2025-03"),
        ("上周五他们来拆房子", "2026-03-06"),
        ("2023.5.1那天出的事", "2023-05-01"),
        ("2023年5月1日发生的", "2023-05-01"),
        ("２０２３年５月１日", "2023-05-01"),
        ("二〇二三年五月", "2023-05"),
        ("2023-05-01", "2023-05-01"),
        ("前年8月份", "2024-08"),
        ("两年前", "2024"),
        ("十年前买的房子", "2016"),
        ("上个月15号", "2026-02-15"),
        ("从去年开始一直没给", "2025"),
        ("從去年開始一直沒給", "2025"),
        ("2019年至今", "2019"),
        ("去年的3月份", "2025-03"),
        ("2021年下半年", "2021-07-01~2021-12-31"),
        ("今年年初", "2026-01-01~2026-02-28"),
        ("去年冬天", "2025-11-07~2026-02-02"),
        ("昨天晚上8点他们来闹", "2026-03-14"),
        ("前天", "2026-03-13"),
        ("去年国庆", "2025-10-01"),
        ("九八年下岗的", "1998"),
        ("2023/5/1", "2023-05-01"),
        # jionlp gives nothing for these; the rules fill in
        ("上个月", "2026-02"),
        ("12月份的事", "2025-12"),
        ("九月份开始的", "2025-09"),
        ("前几天", "2026-03-08~2026-03-14"),
    ],
)
def test_extract_occurred_at(text: str, normalized: str) -> None:
    found = extract_occurred_at(text, NOW)
    assert found is not None
    assert found.normalized == normalized
    assert found.end <= NOW.date()


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("三个月了还没解决", "2025-12"),  # anchored: about three months ago
        ("已经两年多了", "2024"),
        ("已经半年没发工资", "2025-09"),
        ("三天了", "2026-03-12"),
    ],
)
def test_anchored_durations(text: str, normalized: str) -> None:
    found = extract_occurred_at(text, NOW)
    assert found is not None and found.normalized == normalized


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("5月1日", "2025-05-01"),  # without a year: the last 1 May that passed
        ("20号那天", "2026-02-20"),
        ("6月3号到现在", "2025-06-03"),
        ("国庆节", "2025-10-01"),
    ],
)
def test_never_in_the_future(text: str, normalized: str) -> None:
    found = extract_occurred_at(text, NOW)
    assert found is not None
    assert found.normalized == normalized
    assert found.start <= NOW.date()


@pytest.mark.parametrize(
    "text",
    [
        "拖欠了三个月工资",  # a bare duration
        "干了10年",
        "八点半",  # clock time only
        "上午十点",
        "每天晚上都很吵",  # recurring
        "明年",  # the future
        "下周一",
        "我住在5栋3号楼",
        "地铁2号线太挤",
        "孩子上一年级",
        "第二天他们又来了",
        "13812345678",
        "现在是几年没看到考试了",  # "now" alone is no event date
        "白天晚上都很吵",
        "三五年就能建好",  # three to five years, not 1935
        "初一（四）班的老师",  # a school grade, not lunar new year
        "三楼以上4/5的住户",
        "1935年",
        "110105199003071234",
        "XF202611270001",
        "我们50多人",
        "物业乱收费",
        "",
    ],
)
def test_no_time(text: str) -> None:
    assert extract_occurred_at(text, NOW) is None


def test_earliest_time_wins() -> None:
    found = extract_occurred_at("我在2019年买的房子，去年开始漏水", NOW)
    assert found is not None
    assert found.normalized == "2019"
    assert found.text == "2019年"


def test_birth_year_is_not_the_event() -> None:
    found = extract_occurred_at("我1965年出生，2019年开始在厂里上班", NOW)
    assert found is not None and found.normalized == "2019"


def test_start_anchor_keeps_text() -> None:
    found = extract_occurred_at("我们从去年三月开始就没拿到工资", NOW)
    assert found == OccurredAt(text="从去年三月开始", start=date(2025, 3, 1), end=date(2025, 3, 31))


@pytest.mark.parametrize(
    ("start", "end", "normalized"),
    [
        (date(2023, 5, 1), date(2023, 5, 1), "2023-05-01"),
        (date(2025, 3, 1), date(2025, 3, 31), "2025-03"),
        (date(2024, 2, 1), date(2024, 2, 29), "2024-02"),
        (date(2025, 1, 1), date(2025, 12, 31), "2025"),
        (date(2025, 3, 1), date(2025, 5, 31), "2025-03-01~2025-05-31"),
        (date(2025, 3, 2), date(2025, 3, 31), "2025-03-02~2025-03-31"),
    ],
)
def test_normalized_forms(start: date, end: date, normalized: str) -> None:
    assert OccurredAt("x", start, end).normalized == normalized
