"""A start said to the month or day ("今年五一以后开始的") beside a stretch counted back ("半年多了") dates the
matter from that start; "写上周三" at a correction is last week's Wednesday, not "周三" (the 上 is the time's)."""

from datetime import datetime

import pytest

from actions.correction_parse import parse_corrections
from bot.parsing.occurred_at import extract_occurred_at

SUNDAY = datetime(2026, 12, 6, 18, 30)  # Asia/Shanghai: a Sunday evening


@pytest.mark.parametrize(
    ("said", "start"),
    [
        ("半年多了吧 今年五一以后开始的", "2026-05-01"),
        ("三个多月了 从八月份开始的", "2026-08"),
        ("大半年了 從今年4月起", "2026-04"),
        ("两个月了吧 国庆以后就一直这样", "2026-10"),
        ("半年多了", "2026-06"),  # the stretch alone still dates it
        ("2025年10月交房 去年找过住建局", "2025-10"),  # a year holding a month still says less
    ],
)
def test_a_start_said_beside_a_stretch(said, start):
    found = extract_occurred_at(said, SUNDAY)
    assert found is not None and found.normalized.startswith(start)


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("时间写上周三 那天跑的", "上周三"),
        ("时间写上个月", "上个月"),
        ("時間填上禮拜五", "上礼拜五"),
        ("时间记上上个月", "上上个月"),
        ("对象写上陇原路桥公司", "陇原路桥公司"),  # 写上 still the verb before a name
    ],
)
def test_shang_before_a_time_is_the_times(said, value):
    request = parse_corrections(said)[0]
    assert request.value.startswith(value)


@pytest.mark.parametrize(
    ("said", "day"), [("上周三", "2026-11-25"), ("上礼拜五", "2026-11-27"), ("这周三", "2026-12-02")]
)
def test_weekdays_said_on_a_sunday(said, day):
    assert extract_occurred_at(said, SUNDAY).normalized == day
