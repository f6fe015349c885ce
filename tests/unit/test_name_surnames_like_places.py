"""Names at the name question whose surname is also a place word (楼, 路), a surname spelled with 的 ("方向的方"),
and someone else's surname told in a refusal ("怕姓龙的知道") which is no name of the citizen."""

from __future__ import annotations

import pytest

from bot.parsing.name_answer import read_name_answer


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("楼晓峰", "楼晓峰"),
        ("姓名：楼雅琴", "楼雅琴"),
        ("我叫楼国庆 姓楼 大楼的楼", "楼国庆"),
        ("樓曉峰", "楼晓峰"),  # traditional characters
        ("路小燕", "路小燕"),
        ("我姓方 方向的方", "方"),
    ],
)
def test_a_surname_that_is_also_a_place_word(text, name):
    assert read_name_answer(text).name == name


@pytest.mark.parametrize("text", ["楼上的", "路口", "我是楼下的住户", "楼道里", "路边上"])
def test_place_words_stay_no_name(text):
    assert read_name_answer(text).name is None


@pytest.mark.parametrize(
    "text",
    [
        "名字先不留 怕那个姓王的知道了找我麻烦",
        "不方便说 跟姓陈的还要打交道",
        "名字不留了 被姓刘的晓得就完了",
    ],
)
def test_someone_elses_surname_in_a_refusal_is_no_name(text):
    answer = read_name_answer(text)
    assert answer.name is None
    assert answer.refused


@pytest.mark.parametrize(("text", "name"), [("我姓王", "王"), ("免贵姓陈", "陈"), ("我是姓李的", "李")])
def test_the_citizens_own_surname_still_reads(text, name):
    assert read_name_answer(text).name == name
