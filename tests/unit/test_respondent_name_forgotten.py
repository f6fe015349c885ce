"""A clause saying the name is forgotten is no part of the respondent (bot.parsing.respondent_answer)."""

import pytest

from bot.parsing.respondent_answer import read_respondent_answer


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("左云县的鑫源煤矿 老板姓韩 叫韩什么我忘了", "左云县的鑫源煤矿 老板姓韩"),
        ("宏达物业 经理姓刘 全名想不起来了", "宏达物业 经理姓刘"),
    ],
)
def test_the_forgotten_name_goes(said, kept):
    got = read_respondent_answer(said)
    assert got is not None and got.startswith(kept.split()[0])
    assert "忘" not in got and "想不起" not in got
