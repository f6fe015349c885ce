"""Asked about a court, a citizen who tells where they went instead has not sued ("找过社区调解 俺哥不去"); asked
when, a citizen with no date gets the time the story's duration points back to ("欠了我半年工资", then "没有")."""

from __future__ import annotations

from datetime import datetime

import pytest

from actions.intake_details import LASTED_NOTE
from actions.intake_logic import read_turn
from actions.intake_turn import Turn
from bot.domain.category import classify_category
from bot.gazetteer import get_gazetteer

NOW = datetime(2026, 12, 5, 10, 0)
WAGES = {"issue_text": "老板欠了我半年工资 我实在撑不下去了 房租交不起", "category": "劳动和社会保障"}
HOUSE = {"issue_text": "俺哥一个人占着老房子不让俺们进 还把锁换了", "category": "其他"}


def _read(text: str, story: dict, requested: str):
    turn = Turn(text=text, intent="inform", slots=dict(story), requested_slot=requested, now=NOW)
    return read_turn(turn, get_gazetteer(), classify_category)


@pytest.mark.parametrize(
    "text",
    [
        "找过社区调解 俺哥不去",
        "跟村里说过 村里说管不了",
        "找過居委會 沒人理",  # traditional characters
        "去过街道办两次 说让我们自己商量",
        "打了12345 没下文",
    ],
)
def test_an_earlier_report_told_at_the_court_question_means_no_suit(text):
    result = _read(text, HOUSE, "legal_status")
    assert result.updates.get("legal_status") == "none"
    assert result.updates.get("prior_report")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("找过律师 律师说可以告", None),  # a lawyer told of: the court question is still open
        ("我姓田 田秀英", None),
        ("找过社区 也申请了仲裁", "in_arbitration"),
    ],
)
def test_a_court_step_or_another_answer_is_not_taken_for_no_suit(text, status):
    assert _read(text, HOUSE, "legal_status").updates.get("legal_status") == status


def test_an_earlier_report_at_another_question_says_nothing_of_a_court():
    assert "legal_status" not in _read("找过社区调解 俺哥不去", HOUSE, "prior_report").updates


@pytest.mark.parametrize("text", ["没有", "不记得了", "没有 我这个能去劳动局告吗"])
def test_no_date_given_takes_the_duration_the_story_told(text):
    result = _read(text, WAGES, "occurred_at")
    assert result.updates.get("occurred_at") == "2026-06"
    assert LASTED_NOTE.format(said="半年") in [n.text for n in result.notes]


def test_no_date_and_no_duration_stays_not_given():
    result = _read("没有", HOUSE, "occurred_at")
    assert result.updates.get("occurred_at") == "未提供"


@pytest.mark.parametrize("text", ["报了警 派出所来了说是纠纷 让调解", "报过警 警察说让我们自己协商"])
def test_a_police_report_alone_leaves_the_court_question_open(text):
    assert "legal_status" not in _read(text, HOUSE, "legal_status").updates


def test_a_police_report_beside_another_place_still_means_no_suit():
    said = "停车费找过物业 物业说是市场价 狗的事报过警 派出所说让赔医药费"
    assert _read(said, HOUSE, "legal_status").updates.get("legal_status") == "none"
