"""How often the citizen went, said after where ("去乡上 去了三次"), belongs to the earlier report."""

from __future__ import annotations

import pytest

from bot.parsing.prior_report import NO_PRIOR_REPORT, read_prior_report_answer


@pytest.mark.parametrize(
    ("answer", "kept"),
    [
        ("去乡上 去了三次", "去了三次"),
        ("找过村里 找了好几次", "好几次"),
        ("去镇上 跑了好几趟", "好几趟"),
        ("找过社区，去了两回，没人管", "两回"),
        ("打过12345 打了无数遍", "无数遍"),
        ("去过街道 三次了", "三次"),
        ("找過鎮政府 去了4次", "4次"),
    ],
)
def test_how_often_is_kept_with_where(answer: str, kept: str) -> None:
    assert kept in read_prior_report_answer(answer)


def test_what_follows_a_full_stop_is_not_taken() -> None:
    assert read_prior_report_answer("找过村里。第二天下雨了") == "找过村里"
    assert read_prior_report_answer("没有") == NO_PRIOR_REPORT
