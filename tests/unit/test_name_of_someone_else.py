"""A name said of someone else ("村主任名字是易建国") is never the citizen's own name."""

from __future__ import annotations

import pytest

from bot.parsing.name import extract_name


@pytest.mark.parametrize(
    "text",
    [
        "村主任名字是易建国 要写上",
        "我们村主任名字是易建国",
        "他名字叫王强",
        "老板的名字叫李四",
        "对方名字叫刘德华",
        "那个包工头名字是张建设",
        "村支书的名字叫黄志明吧",
        "經理名字叫陳大文",
        "民警名字是周明 警号我记了",
    ],
)
def test_a_name_said_of_someone_else_is_not_the_citizens(text):
    assert extract_name(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我名字叫张三", "张三"),
        ("我的名字是赵六", "赵六"),
        ("俺名字叫孙大山", "孙大山"),
        ("名字是王小明", "王小明"),
        ("你好 名字叫陈红", "陈红"),
        ("村支书名字叫刘某华 我叫易志军", "易志军"),
        ("老板名字是李四 我是王五", "王五"),
        ("姓名：王五", "王五"),
    ],
)
def test_the_citizens_own_name_is_still_read(text, expected):
    assert extract_name(text) == expected
