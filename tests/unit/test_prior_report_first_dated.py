"""The first report with its date ("去年十月第一次反映的") was made: no "never reported"; "这是第一次反映" still is."""

import pytest

from bot.parsing.prior_report import NO_PRIOR_REPORT, extract_prior_report


@pytest.mark.parametrize(
    "said", ["2025年10月第一次反映的", "去年八月头一回反映", "三个月前第一次投诉的", "上个月第一次找的"]
)
def test_a_dated_first_report_is_no_never(said):
    assert extract_prior_report(said) != NO_PRIOR_REPORT


@pytest.mark.parametrize("said", ["这是第一次反映", "我头一回来反映", "是第一次", "第一次投诉"])
def test_a_first_time_now_is_never_before(said):
    assert extract_prior_report(said) == NO_PRIOR_REPORT
