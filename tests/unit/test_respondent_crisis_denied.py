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


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("我又没想不开 是那个砖厂 老板叫刘大成", "刘大成"),
        ("俺可没想死 就是村东头那个化工厂", "化工厂"),
        ("我沒想不開 是物業不管", "物业"),  # traditional characters
    ],
)
def test_the_citizen_denying_is_no_part_of_the_party(text: str, party: str) -> None:
    """The pronoun of "我又没想不开" goes with the denial: no lone "我" or "俺" kept as a party."""
    answer = read_respondent_answer(text) or ""
    assert party in answer
    assert not answer.startswith(("我", "俺"))


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("对象就写钱海涛 他那个砖厂 其余不动 不用标紧急", "钱海涛 他那个砖厂"),
        ("对象就是光明物业 别给我标紧急", "光明物业"),
        ("反映对象还是写宏达置业", "宏达置业"),
    ],
)
def test_words_on_the_record_are_no_part_of_the_party(text: str, party: str) -> None:
    assert read_respondent_answer(text) == party


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("白云区住建局 还是街道 我也不清楚", "白云区住建局"),
        ("县教育局 或者是学校", "县教育局"),
        ("荔湾区民政局 定系街道 我唔知", "荔湾区民政局"),  # Cantonese 定系: "or is it"
    ],
)
def test_another_it_may_be_is_not_glued_to_the_first(text: str, party: str) -> None:
    assert read_respondent_answer(text) == party
