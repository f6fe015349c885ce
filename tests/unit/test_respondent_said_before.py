"""A piece of a respondent answer that only says it was said before ("名字我说了的") names nobody and is not kept
(bot.parsing.respondent_answer)."""

from __future__ import annotations

import pytest

from bot.parsing.respondent_answer import read_respondent_answer


@pytest.mark.parametrize(
    ("said", "kept", "dropped"),
    [
        ("是黄国强 名字我说了的 还有成都建工", "黄国强", "说了"),
        ("龙辉物业 我刚说过了", "龙辉物业", "说过"),
        ("上面写了 顺安五金制品厂", "顺安五金制品厂", "写了"),
    ],
)
def test_said_before_is_dropped(said: str, kept: str, dropped: str) -> None:
    read = read_respondent_answer(said) or ""
    assert kept in read
    assert dropped not in read


def test_a_name_that_holds_the_words_is_kept() -> None:
    assert read_respondent_answer("说了算装饰公司") == "说了算装饰公司"
