"""A crisis reply pushed away in the respondent answer ("啥心理热线 俺又没想不开", hv-007) names no party and is never
kept as whom the matter is against."""

from __future__ import annotations

import pytest

from bot.parsing.respondent_answer import read_respondent_answer


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("啥心理热线 俺又没想不开 是猪场臭 老板就是赵国强", "赵国强"),
        ("我没想不开 是厂子排污 老板叫李明", "李明"),
        ("什么热线 我又不想死 就是物业不管事", "物业"),
    ],
)
def test_the_crisis_pushed_away_is_left_out(text: str, party: str) -> None:
    answer = read_respondent_answer(text) or ""
    assert party in answer
    assert not any(word in answer for word in ("想不开", "热线", "想死"))
