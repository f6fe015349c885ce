"""One person of a unit told with 的 and a count word ("派出所的一个辅警", lead-076) is the party, not the whole unit."""

from __future__ import annotations

import pytest

from bot.parsing.respondent import extract_respondent


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("我要举报 我们镇上派出所的一个辅警 天天在街上收摊位费 不给就掀摊子", "派出所辅警"),
        ("我们镇派出所的那个民警收钱不办事", "派出所民警"),
        ("派出所的一名輔警天天收保護費", "派出所辅警"),  # traditional characters
    ],
)
def test_one_person_of_the_unit_is_the_party(text: str, party: str) -> None:
    assert extract_respondent(text) == party


def test_the_unit_alone_stays_the_unit() -> None:
    assert extract_respondent("派出所的态度很差 报了警也不来") == "派出所"
