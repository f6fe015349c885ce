"""Asked how many people, an answer in words is kept as said; nothing else is taken for a head count."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

KNOWN = {
    "issue_text": "小区门口的路灯坏了半年没人修",
    "category": "城乡建设",
    "location": "湖南省长沙市岳麓区",
}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("临街的住户", "临街的住户"),
        ("沿河三个村", "沿河三个村"),
        ("全校学生", "全校学生"),
        ("过路的人都受影响", "过路的人都受影响"),
        ("一个单元十八户", "18户"),  # an exact count of households keeps its unit
        ("十二个保安", "十二个保安"),  # the number and who they are (the case column holds 12)
        ("我们三个老食堂工", "我们三个老食堂工"),
        ("好多家长 至少二十个", "好多家长 至少二十个"),  # a lower bound
        ("俺们一起采茶的有十五个", "15"),
        ("我家四口", "4"),
        ("我岳父一个", "1"),  # the one person the citizen speaks for
        ("就他一个", "1"),
        ("我丈夫", "1"),
        ("我妈", "1"),
        ("就我爸一个", "1"),
        ("我奶奶一个", "1"),
    ],
)
async def test_an_answer_in_words_is_kept(text, kept):
    tracker = make_tracker(text, requested_slot="people_count", slots=KNOWN)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("people_count") == kept


@pytest.mark.parametrize("text", ["烦死了", "要钱吗？", "你们到底管不管", "13912345678", "找过镇里 没人管"])
async def test_other_messages_are_no_head_count(text):
    tracker = make_tracker(text, requested_slot="people_count", slots=KNOWN)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "people_count" not in slots
