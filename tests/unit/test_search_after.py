"""search_after finds what the one-off pattern `re.escape(said) + then` found, match for match."""

import re

import pytest

from bot.domain.text import search_after

THEN = [
    re.compile(r"(?:(?![的了说是在去找要和跟把被我他她你])[\u4e00-\u9fff]){1,6}?(?:分中心|分局|支行|分院)"),
    re.compile("(?:办事处|办)"),
    re.compile(
        r"(?:的)?(?:全名|全称|名字|名称)?(?:叫做?|是)\s*(?!什么|啥|哪)(?P<name>[\u4e00-\u9fff]{1,16}?供电所)"
    ),
]
CASES = [
    ("不动产登记中心越秀分中心不给办", "不动产登记中心"),
    ("不动产登记中心说了 不动产登记中心越秀分中心", "不动产登记中心"),
    ("三台子街道办事处不管", "三台子街道"),
    ("三台子街道 三台子街道办", "三台子街道"),
    ("供电所叫桥江供电所", "供电所"),
    ("供电所的全名是 什么供电所 供电所叫桥江供电所", "供电所"),
    ("供电所叫什么供电所", "供电所"),
    ("工商银行城东支行", "工商银行"),
    ("没有提到", "派出所"),
    ("", "派出所"),
    ("叫桥江供电所", ""),
    ("派出所派出所分局", "派出所"),
]


@pytest.mark.parametrize("then", THEN)
@pytest.mark.parametrize(("text", "said"), CASES)
def test_same_as_the_pattern_said_then(text, said, then):
    expected = re.search(re.escape(said) + then.pattern, text)
    found = search_after(text, said, then)
    assert (found and (text[found.start() - len(said) : found.end()], found.groupdict())) == (
        expected and (expected.group(), expected.groupdict())
    )
