"""Which time of a story starts a route's period (bot.domain.time_start), on a pinned day (tests/clock.py).

Stories written for these tests: a time is counted from only when it is told beside the act that starts the period
(行政复议法 第20条: knowing of the decision; 信访工作条例 第35条: receiving the written answer), and a harm found out
later starts the period when it was found out (民法典 第188条)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.domain.knowledge import after_filing_lines, load_knowledge
from bot.domain.time_left import limitation_warning
from bot.domain.time_start import period_start
from tests.clock import TODAY, last_year, month_shift

pytestmark = pytest.mark.dates


def _limit(code: str, variant: str | None = None):
    limit = load_knowledge().route(code).resolve(variant).limitation
    assert limit is not None
    return limit


def _day(days_ago: int) -> tuple[str, str]:
    """A day some days ago, as the intake stores it and as a citizen writes it (full-width digits too)."""
    day = TODAY - timedelta(days=days_ago)
    return day.isoformat(), f"{day.month}月{day.day}日"


def test_the_refusal_date_starts_the_review_period_not_the_application() -> None:
    applied, applied_said = _day(40)
    refused, refused_said = _day(10)
    story = f"{applied_said}向区住建局申请公开拆迁批复，{refused_said}对方答复不予公开，我不服"
    assert period_start(_limit("administrative_review"), story, applied, TODAY) == refused


@pytest.mark.parametrize(
    "story",
    [
        f"税务局说我{TODAY.year - 3}年卖房子少交了个税 要补八万多",  # the sale, not the tax decision
        f"我老伴{TODAY.year - 1}年腊月走了 社保那边说抚恤金要等 等了快一年了",  # a death; the organ does not act
        f"{TODAY.year - 1}年申请的低保 到现在都没批下来",  # the application of an organ that does not act
        f"{TODAY.year - 1}年３月交的材料 人社局一直拖着不办",  # full-width digits, no punctuation
    ],
)
def test_a_time_not_told_beside_the_act_starts_nothing_for_sure(story: str) -> None:
    assert period_start(_limit("administrative_review"), story, last_year(), TODAY) is None


def test_a_fine_dated_in_the_same_breath_starts_the_period() -> None:
    assert period_start(
        _limit("administrative_review"), "上个月城管罚了我五百块", month_shift(-1), TODAY
    ) == (month_shift(-1))


def test_a_story_with_no_time_keeps_the_answered_time() -> None:
    """The citizen answered "什么时候的事" for a story that tells no time: that answer stands."""
    fined = (TODAY - timedelta(days=5)).isoformat()
    assert period_start(_limit("administrative_review"), "城管罚了我两千 我不服", fined, TODAY) == fined


@pytest.mark.parametrize(
    "story",
    [
        f"{TODAY.year - 5}年在开发商手里买了个车位 今年才发现又卖给别人了",
        f"{TODAY.year - 5}年借给表哥五万块 后来才知道他早就把房子卖了跑了",
        f"{TODAY.year - 5}年做的手术 最近才發現紗布留在肚子里",  # traditional characters
    ],
)
def test_a_harm_found_out_later_is_not_counted_from_the_first_time(story: str) -> None:
    limit = _limit("litigation", "civil_dispute")
    assert period_start(limit, story, str(TODAY.year - 5), TODAY) is None


def test_a_money_claim_with_no_later_discovery_counts_from_the_story_time() -> None:
    limit = _limit("litigation", "civil_dispute")
    assert (
        period_start(limit, f"{TODAY.year - 1}年借给他三万块 到现在不还", last_year(), TODAY) == last_year()
    )


def test_a_petition_answer_counts_from_the_day_it_was_received() -> None:
    received, said = _day(12)
    story = f"我对市信访局的复查意见不服 要复核 复查意见是{said.replace('日', '号')}收到的"
    limit = _limit("petition", "reexamination")
    assert period_start(limit, story, received, TODAY) == received
    text = limitation_warning("petition", "reexamination", received, TODAY, story)
    assert text is not None and "还剩大约18天" in text and "《信访工作条例》第36条" in text


def test_an_undated_answer_gets_the_window_and_no_count_of_days() -> None:
    story = "去年反映宅基地的事 镇政府给了个书面答复 说不予支持 我不服 想让上面再查一查"
    text = limitation_warning("petition", "review", last_year(), TODAY, story)
    assert text is not None
    assert "30日" in text and "收到书面答复" in text and "《信访工作条例》第35条" in text
    assert "不替您算具体的天数" in text and "还剩" not in text and "可能已经过了" not in text


def test_an_organ_that_does_not_act_is_told_when_its_time_starts() -> None:
    story = "我老伴去年腊月走了 社保那边说丧葬费和抚恤金要等 等了快一年了 一分钱没见到"
    text = limitation_warning("administrative_review", "review_first", last_year(12), TODAY, story)
    assert text is not None and "可能已经过了" not in text and "还剩" not in text
    assert "收到您的申请满60日" in text and "《行政复议法实施条例》第16条" in text


def test_a_decision_gets_no_word_of_an_organ_that_does_not_act() -> None:
    fined = (TODAY - timedelta(days=5)).isoformat()
    text = limitation_warning("administrative_review", None, fined, TODAY, "城管罚了我两千 我不服")
    assert text is not None and "还剩大约55天" in text and "第16条" not in text


def test_a_review_is_told_it_is_answered_in_30_days_not_the_60_day_opinion() -> None:
    for variant, article in (("review", "第35条"), ("reexamination", "第36条")):
        lines = " ".join(after_filing_lines("petition", identified=True, variant=variant))
        assert "30日内" in lines and article in lines and "第34条" not in lines
    assert "第34条" in " ".join(after_filing_lines("petition", identified=True))


@pytest.mark.parametrize(
    ("code", "variant", "story"),
    [
        # an organ that still does not do it: each refusal anew, or its own time to act first (条例 第16条)
        ("administrative_review", None, "孩子快三岁了户口还上不了 派出所说没结婚证不给上"),
        ("administrative_review", None, "申请了廉租房 街道到现在都不给办 问了就说等"),
        ("administrative_review", None, "補貼遲遲不發 問了好幾回"),  # traditional characters
        # a claim pressed again and again: each demand starts the period anew (民法典 第195条)
        ("litigation", "civil_dispute", f"{TODAY.year - 4}年给镇里修的路 还欠工程款80万 年年说没钱"),
        ("litigation", "civil_dispute", "借给他五万块 催了好几次 他说年底还"),
        ("labour_arbitration", None, "老板欠俺工钱 一直催 他答应过给的"),
        # told only now that it happened long ago
        ("land_contract_arbitration", None, "俺今年开春回来的 村里说前年就给别人种了"),
        ("land_contract_arbitration", None, "出去打工三年 回来一看地让人种了"),
    ],
)
def test_a_period_that_may_have_started_anew_gets_no_count(
    code: str, variant: str | None, story: str
) -> None:
    text = limitation_warning(code, variant, str(TODAY.year - 4), TODAY, story)
    assert text is not None and "不替您算具体的天数" in text
    assert "可能已经过了" not in text and "可能已经到了" not in text


def test_a_debt_only_unpaid_still_counts_from_the_story_time() -> None:
    """ "一直不还" says nothing of a demand: the time told stands."""
    limit = _limit("litigation", "civil_dispute")
    assert period_start(limit, "借给他五万块 一直不还", last_year(), TODAY) == last_year()
