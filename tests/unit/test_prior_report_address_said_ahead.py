"""A place someone lives at, said at the earlier-report question ("长安镇乌沙社区"), is no earlier report."""

from __future__ import annotations

import pytest

from bot.parsing.prior_report import is_an_address, read_prior_report_answer


@pytest.mark.parametrize(
    "said",
    [
        "长安镇乌沙社区",
        "长沙 开福区 四方坪街道 德雅村小区 7栋",
        "天河区石牌街道 同福西路",
        "郫都区安德街道 红光村",
    ],
)
def test_a_home_place_is_no_earlier_report(said):
    assert is_an_address(said)
    assert read_prior_report_answer(said) is None


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("社区", "社区"),
        ("天河区石牌街道", "天河区石牌街道"),  # the street office
        ("乌沙社区居委会", "乌沙社区居委会"),
        ("找过长安镇乌沙社区", "找过长安镇乌沙社区"),
        ("镇上和村里", "镇上和村里"),
    ],
)
def test_an_office_or_a_visit_is_still_a_report(said, kept):
    assert not is_an_address(said)
    assert read_prior_report_answer(said) == kept


@pytest.mark.parametrize("said", ["黄岛区长江路街道", "安定区中华路街道", "友谊路街道的社区"])
def test_a_street_office_named_last_is_no_home_place(said):
    assert not is_an_address(said)
