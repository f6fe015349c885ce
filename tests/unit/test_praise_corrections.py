"""Whom a praise is for, said as a correction ("是表扬李医生 她名字叫李春燕 不是表扬整个卫生院", "王长根是我表扬的
人"): the one praised is the respondent, by name when a name is given; the citizen's name is never taken from
it. "能不能登记一下 表扬一下…" gets a plain yes."""

from __future__ import annotations

import pytest

from actions.correction_parse import CorrectionRequest, is_explicit_correction, parse_corrections
from actions.question_detect import detect_question
from actions.questions import PRAISE_YES, answer_in_context

KNOWN = {
    "issue_text": "我要表扬我们镇卫生院的李医生",
    "respondent": "梅城镇卫生院",
    "petitioner_name": "谌国华",
}


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("是表扬李医生 她名字叫李春燕 不是表扬整个卫生院", "李春燕"),
        ("表扬的是后勤处王师傅", "后勤处王师傅"),
        ("是表揚李醫生 她叫李春燕", "李春燕"),  # traditional characters
        ("王长根是我表扬的人", "王长根"),
    ],
)
def test_the_one_praised_is_the_respondent(said: str, who: str) -> None:
    assert parse_corrections(said)[0] == CorrectionRequest("respondent", who)
    assert is_explicit_correction(said, KNOWN, reviewing=True)


def test_a_yes_with_two_changes_keeps_them_apart() -> None:
    read = parse_corrections("对 提交 名字写李娟 王长根是我表扬的人")
    assert CorrectionRequest("respondent", "王长根") in read
    assert CorrectionRequest("petitioner_name", "李娟") in read


@pytest.mark.parametrize("said", ["我是表扬他们的", "表扬一下就行"])
def test_no_one_named(said: str) -> None:
    assert all(r.slot != "respondent" for r in parse_corrections(said))


@pytest.mark.parametrize("said", ["名字写李娟", "姓名填成张三丰"])
def test_how_the_name_is_written(said: str) -> None:
    assert parse_corrections(said)[0].value in ("李娟", "张三丰")


@pytest.mark.parametrize("said", ["能不能登记一下 表扬一下镇上的交通站 站长姓覃", "表扬也能登记吗"])
def test_whether_a_praise_is_registered(said: str) -> None:
    answer = answer_in_context(detect_question(said), said)
    assert answer == PRAISE_YES and "别着急" not in answer
