"""A minority name no list holds, read at the name question by the characters such names are written with."""

from __future__ import annotations

import pytest

from bot.parsing.minority_names import sounds_like_minority_name
from bot.parsing.name_answer import read_name_answer


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("吉木阿呷", "吉木阿呷"),
        ("我叫 沙马日哈", "沙马日哈"),
        ("曲比阿果 是 我 名字", "曲比阿果"),
        ("姓名改成 吉克木呷", "吉克木呷"),
        ("次旦", "次旦"),
        ("我的名字是尔古拉且", "尔古拉且"),
    ],
)
def test_a_name_written_as_such_names_are_is_read(said, name):
    assert read_name_answer(said).name == name


@pytest.mark.parametrize("said", ["哈哈", "不说", "是的", "好的", "不知道", "没有", "随便吧", "嗯嗯"])
def test_everyday_answers_are_no_name(said):
    assert read_name_answer(said).name is None


@pytest.mark.parametrize("said", ["跳过", "算了 不留"])
def test_a_refusal_stays_a_refusal(said):
    assert read_name_answer(said).refused


@pytest.mark.parametrize("word", ["阿姨", "吉祥", "多少", "马上", "拉萨"])
def test_common_words_do_not_sound_like_names(word):
    assert not sounds_like_minority_name(word)
