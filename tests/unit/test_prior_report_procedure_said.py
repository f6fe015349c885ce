"""A decision or a suit told at the earlier-report question ("罚了200 没给决定书") answers the court question, not
where the matter was reported; a place reported to keeps it an earlier report. Phrasings written for these tests."""

from __future__ import annotations

import pytest

from actions.prior_report_reading import tells_procedure_only


@pytest.mark.parametrize(
    "said",
    [
        "有处罚决定 罚了我三百 单子都没给",
        "罰了５００ 決定書也冇",  # traditional characters, full-width digits
        "给了张暂扣的单子",
        "罚了我２００ 啥收据都没给",  # full-width digits
    ],
)
def test_a_procedure_alone_is_no_earlier_report(said: str) -> None:
    assert tells_procedure_only(said)


@pytest.mark.parametrize(
    "said",
    [
        "找过城管中队 他们罚了我两百",  # where it went, with the fine
        "打过12345 没人管",
        "没有",
        "第一次",
    ],
)
def test_a_place_reported_to_or_a_plain_no_is_read_as_before(said: str) -> None:
    assert not tells_procedure_only(said)
