"""A matter 12345 was already told of and did not solve is not sent back to 12345 (lead-038, hk-016)."""

from __future__ import annotations

import pytest

from actions.route_slots import fresh_decision
from bot.parsing.prior_report import tried_city_hotline

SEWER = {
    "issue_text": "小区门口的下水道堵了一个多月了 臭得很",
    "category": "城乡建设",
    "legal_status": "none",
}


def test_a_hotline_matter_with_no_earlier_report_stays_with_the_hotline():
    assert fresh_decision({**SEWER, "prior_report": "未曾反映"}).code == "hotline_12345"


@pytest.mark.parametrize(
    "report", ["打过12345 说会派人来 一直没人来", "市长热线打了三回", "１２３４５反映过 没人管"]
)
def test_a_hotline_matter_the_hotline_did_not_solve_is_a_petition(report):
    decision = fresh_decision({**SEWER, "prior_report": report})
    assert decision.code == "petition"
    assert "12345" in decision.reason


@pytest.mark.parametrize(
    ("report", "tried"),
    [
        ("打过12345", True),
        ("政务热线打过", True),
        ("找过社区", False),
        ("未曾反映", False),
        ("打过12315", False),
        ("电话13812345678", False),  # digits inside a phone
        (None, False),
    ],
)
def test_which_reports_went_to_the_city_hotline(report, tried):
    assert tried_city_hotline(report) is tried
