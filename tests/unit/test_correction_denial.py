""" "不是告派出所 是告那个辅警", "我举报的是马志刚这个人 不是整个街道办": the party on record denied and another
named, read as the plain "不是X，是Y" correction."""

from __future__ import annotations

import pytest

from actions.correction_denial import as_plain_denial
from actions.correction_parse import is_explicit_correction

ON_RECORD = {"issue_text": "镇上的人收摊位费", "respondent": "派出所", "awaiting_confirmation": True}


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("不是告派出所 是告那个辅警", "不是派出所，是那个辅警"),
        ("我举报的是马志刚这个人 不是整个街道办", "不是街道办，是马志刚这个人"),
        ("不是投诉物业 是投诉开发商", "不是物业，是开发商"),
        ("俺告的是刘支书 不是村委会", "不是村委会，是刘支书"),
    ],
)
def test_a_denial_with_a_verb_of_reporting(said: str, plain: str) -> None:
    assert as_plain_denial(said) == plain


@pytest.mark.parametrize("said", ["派出所不管", "不是我不想去 是没钱", "他们不是不给 是拖着"])
def test_other_messages_are_left_as_they_are(said: str) -> None:
    assert as_plain_denial(said) == said


def test_the_party_on_record_is_corrected() -> None:
    assert is_explicit_correction("不是告派出所 是告那个辅警 姓邓", ON_RECORD, reviewing=True)
