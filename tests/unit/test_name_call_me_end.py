"""How "叫我…" ends ("好了", "得了", "好啦") is no part of the name (bot.parsing.name)."""

from __future__ import annotations

import pytest

from bot.parsing.name import extract_name
from bot.parsing.name_answer import read_name_answer


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("名字覅写了 叫我王阿姨好了", "王阿姨"),
        ("叫我王阿姨好了", "王阿姨"),
        ("就叫我老李好了", "老李"),
        ("名字不留了 叫我老陈好咯", "老陈"),
        ("叫我张阿婆得了", "张阿婆"),
        ("就叫我王姐好啦", "王姐"),
        ("叫我陈师傅好嘞", "陈师傅"),
        ("叫我老周算了", "老周"),
        ("叫我劉阿姨好了", "刘阿姨"),  # traditional
        ("叫我小周就好了", "小周"),  # already cut at 就
        ("叫我小周吧", "小周"),
        ("您叫我王阿姨就行", "王阿姨"),
    ],
)
def test_the_ending_is_cut(said: str, name: str) -> None:
    assert read_name_answer(said).name == name


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("我叫王好", "王好"),  # a given name 好 stays
        ("叫我刘好", "刘好"),
        ("我叫张得", "张得"),
    ],
)
def test_names_that_only_look_like_an_ending(said: str, name: str) -> None:
    assert extract_name(said) == name


@pytest.mark.parametrize("said", ["叫我好了", "学校叫我回家算了", "叫我王好了"])
def test_no_name_left(said: str) -> None:
    assert extract_name(said) is None
