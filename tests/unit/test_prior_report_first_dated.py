"""The first report with its date ("去年十月第一次反映的") was made: no "never reported"; "这是第一次反映" still is.
A court named as where one might sue is no place an earlier report went to."""

import pytest

from actions.prior_report_reading import tells_procedure_only
from bot.parsing.prior_report import NO_PRIOR_REPORT, extract_prior_report


@pytest.mark.parametrize(
    "said", ["2025年10月第一次反映的", "去年八月头一回反映", "三个月前第一次投诉的", "上个月第一次找的"]
)
def test_a_dated_first_report_is_no_never(said):
    assert extract_prior_report(said) != NO_PRIOR_REPORT


@pytest.mark.parametrize("said", ["这是第一次反映", "我头一回来反映", "是第一次", "第一次投诉"])
def test_a_first_time_now_is_never_before(said):
    assert extract_prior_report(said) == NO_PRIOR_REPORT


@pytest.mark.parametrize("said", ["罚单开了 还没交 ，还是直接去法院起诉他", "罚了五百 还是去法院告"])
def test_a_court_one_might_sue_at_is_no_place_reported_to(said):
    assert tells_procedure_only(said)


def test_a_court_asked_about_after_a_judgment_is_still_a_report():
    assert not tells_procedure_only("判决了 去法院问过执行")
