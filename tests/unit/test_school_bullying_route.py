"""A child bullied at school whose school does nothing is the education bureau's to see to (未成年人保护法 第39条): a
petition, not a civil suit; the word before the questions says "被要钱" only when money was taken. Phrasings written
for these tests (dialect, traditional characters, full-width digits, negations), none a corpus message."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route
from bot.domain.school_bullying import bullying_note, school_left_it


@pytest.mark.parametrize(
    "text",
    [
        "我闺女初一 班上几个女生老是打她 跟老师讲了 老师说小孩子打闹很正常",
        "孫子在學校被高年級的圍著打 校長不管",  # traditional characters
        "娃在宿舍被室友揍了３回 班主任一直推 不处理",  # full-width digit
    ],
)
def test_a_school_that_does_nothing_is_a_petition(text: str) -> None:
    assert school_left_it(text)
    decided = decide_route(text, "教育文体", "none")
    assert decided.code in ("petition", "hotline_12345"), decided.reason
    if decided.question is not None:
        assert decided.question.no.code in ("petition", "hotline_12345")


@pytest.mark.parametrize(
    "text",
    [
        "孩子在学校被同学打了 老师已经处理了 对方家长也道歉了",  # the school acted
        "学校不管学生午餐质量",  # no bullying
    ],
)
def test_bullying_the_school_dealt_with_or_no_bullying_is_not_read(text: str) -> None:
    assert not school_left_it(text)


def test_money_is_named_only_when_taken() -> None:
    beaten = bullying_note("我儿子在学校被几个同学打了 头上起了包") or ""
    robbed = bullying_note("孩子在学校天天被高年级的要钱 不给就打") or ""
    assert "被要钱" not in beaten and "报警" in beaten and "教育局" in beaten
    assert "被要钱" in robbed
