"""The right office asked about ("应该找纪委吧", "是不是该去信访局") is no earlier report; a report half-remembered
("应该打过12345") still is."""

from __future__ import annotations

import pytest

from bot.parsing.prior_report import extract_prior_report, is_plan, read_prior_report_answer


@pytest.mark.parametrize(
    "text",
    [
        "这种是不是应该找纪委",
        "应该去市场监管局吧",
        "是不是该去信访局",
        "應該找紀委吧",  # traditional characters
        "应当向检察院反映吧",
    ],
)
def test_an_office_asked_about_is_no_report(text):
    assert extract_prior_report(text) is None
    assert read_prior_report_answer(text) is None
    assert is_plan(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [("应该打过12345吧", "12345"), ("找过街道 应该找区里吧", "街道"), ("去年找过信访局", "信访局")],
)
def test_a_report_made_still_reads(text, kept):
    assert kept in (extract_prior_report(text) or "")
