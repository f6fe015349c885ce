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


@pytest.mark.parametrize(
    "answer",
    [
        "报过两回警 也找过居委会",
        "报了好几次警",
        "報過三次警 派出所沒管",
        "报了２次案",
        "老婆报过无数次警 也去过妇联",
    ],
)
def test_how_often_inside_the_police_report_is_a_report(answer: str) -> None:
    kept = read_prior_report_answer(answer)
    assert kept not in (None, NO_PRIOR_REPORT)
    assert kept.startswith(("报", "老婆报"))


@pytest.mark.parametrize("answer", ["没报过警", "想报几次警也没用吧"])
def test_no_report_or_only_a_thought_of_one(answer: str) -> None:
    assert read_prior_report_answer(answer) in (None, NO_PRIOR_REPORT)
