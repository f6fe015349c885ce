"""A question beside "不知道" of a fact ("能不能少罚点啊 我是真不知道过期了"), or a complaint that the bot did not answer
("你还没回答我 能不能少罚"), skips nothing: the question is answered and the pending question asked again. A real "I
don't know" beside a question still skips."""

from __future__ import annotations

from datetime import datetime

import pytest

from actions.intake_logic import read_turn
from actions.intake_turn import Turn
from actions.not_known import not_knowing_who, unaware_of_a_fact
from bot.domain.category import classify_category
from bot.gazetteer import get_gazetteer

STORY = {"issue_text": "市场监管局来检查 说我有两包饼干过期了 罚我两万", "category": "商贸旅游"}
NOW = datetime(2026, 12, 5, 10, 0)


def read(text: str, requested: str):
    turn = Turn(text=text, intent="skip", slots=dict(STORY), requested_slot=requested, now=NOW)
    return read_turn(turn, get_gazetteer(), classify_category)


@pytest.mark.parametrize(
    ("text", "requested"),
    [
        ("能不能少罚点啊 我是真不知道过期了", "legal_status"),
        ("我哪晓得 不晓得那是过期的 能少罚点不", "prior_report"),
        ("你还没回答我 能不能少罚", "prior_report"),
        ("你还没有回答我的问题呢 罚款能减吗", "people_count"),
        ("我又不清楚他们会罚这么多 能不能申请少交点？", "legal_status"),
    ],
)
def test_a_question_beside_a_fact_not_known_skips_nothing(text, requested):
    result = read(text, requested)
    assert requested not in result.updates
    assert result.notes  # the question gets a reply


@pytest.mark.parametrize(
    ("text", "requested"),
    [("不知道 这个要紧吗", "legal_status"), ("不清楚有多少人 要紧不", "people_count")],
)
def test_i_do_not_know_beside_a_question_still_skips(text, requested):
    assert requested in read(text, requested).updates


@pytest.mark.parametrize(
    ("text", "unaware"),
    [
        ("我是真不知道过期了", True),
        ("不晓得那是过期的", True),
        ("不知道他叫啥", False),
        ("不清楚有多少人", False),
        ("不知道算不算", False),
        ("不记得具体时间", False),
        ("不知道具体时间", False),
        ("不知道", False),
    ],
)
def test_not_knowing_a_fact_is_told_apart_from_not_knowing_the_answer(text, unaware):
    assert unaware_of_a_fact(text) is unaware


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("楼上1202的 不知道叫啥", True),
        ("忘了他姓什么", True),
        ("不清楚那人是谁", True),
        ("不晓得人家名字", True),
        ("不知道 好久了", False),
        ("记不清了", False),
        ("不知道过期了", False),
    ],
)
def test_not_knowing_who_is_told_apart_from_not_knowing_when(text, who):
    assert not_knowing_who(text) is who


def test_a_complaint_of_no_answer_beside_a_time_keeps_the_time():
    """ "上个月20号下的通知 你还没回答俺 能不能直接告" classified as a skip: the question is answered and the time read."""
    turn = Turn(
        text="上个月20号下的通知 你还没回答俺 能不能直接告",
        intent="skip",
        slots={"issue_text": "税务局说俺的果品收购站少交了增值税 让补税8万多"},
        requested_slot="occurred_at",
        now=NOW,
    )
    result = read_turn(turn, get_gazetteer(), classify_category)
    assert result.updates["occurred_at"].startswith("2026-11-20")


def test_a_head_count_named_at_the_earlier_report_question_is_no_earlier_report():
    turn = Turn(
        text="人数是3个 我加两个工友",
        intent="inform",
        slots={"issue_text": "包工头欠我们三万块工钱 人跑了", "people_count": "2"},
        requested_slot="prior_report",
        now=NOW,
    )
    assert "prior_report" not in read_turn(turn, get_gazetteer(), classify_category).updates
