"""The relative a citizen writes for, named at the name question or asked to be added at the summary inside a
longer message: the name goes into the story ("我爸：…"), the rest of the message is still read."""

from __future__ import annotations

import pytest

from actions.correction_kin import kin_called, kin_noted
from actions.correction_parse import parse_corrections


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("我叫孙建平 我妈叫刘桂芬", "我妈：刘桂芬"),
        ("俺叫王强，俺儿子叫王小虎", "俺儿子：王小虎"),
        ("额叫张磊 额爸叫张满囤", "我爸：张满囤"),
    ],
)
def test_a_relative_named_beside_the_own_name(text, line):
    assert kin_called(text, "孙建平") == line


@pytest.mark.parametrize("text", ["我叫孙建平", "我叫孙建平 我妈病了", "我叫孙建平 就我妈一个人"])
def test_no_relative_named(text):
    assert kin_called(text, "孙建平") is None


@pytest.mark.parametrize(
    ("text", "line", "rest"),
    [
        ("摔伤的是我爸，刘长顺，他的名字也写上", "我爸：刘长顺", ""),
        ("地是我娘的，名字也记上赵春梅", "我娘：赵春梅", ""),
        ("房子是俺娘的 俺娘叫李桂兰 也记上", "俺娘：李桂兰", ""),
        (
            "电话不对，是13900000000，还有住院的是我爸，名字也写上周德福",
            "我爸：周德福",
            "电话不对，是13900000000",
        ),
    ],
)
def test_a_relative_to_add_inside_a_longer_message(text, line, rest):
    request, left = kin_noted(text)
    assert request.slot == "issue_text" and request.adds and request.value == line
    assert left == rest


@pytest.mark.parametrize(
    "text", ["名字写全，叫向桂芝", "对，提交", "我妈住院了，名字写李娟", "我爸也要写上吗"]
)
def test_nothing_to_add(text):
    assert kin_noted(text) is None


def test_the_rest_is_still_corrected():
    requests = parse_corrections("人数不对 就我爸一个 还有摔伤的是我爸 名字也写上刘长顺")
    assert [r.slot for r in requests] == ["issue_text", "people_count"]
    assert requests[0].value == "我爸：刘长顺"
