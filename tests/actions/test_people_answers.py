"""The head count as citizens answer it: in dialect, by who they are, or "not applicable"."""

from __future__ import annotations

import pytest

from actions.slots import NOT_PROVIDED
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

KNOWN = {"issue_text": "举报单位领导公车私用，周末开公车带家人去旅游", "category": "纪检监察"}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("不涉及", NOT_PROVIDED),  # a report on an official's conduct counts nobody: no "没太看懂"
        ("不涉及别人", NOT_PROVIDED),
        ("我屋里", "我屋里"),  # 我家 in Hunan speech
        ("过路的都危险", "过路的都危险"),
        ("老年人", "老年人"),
        ("他们矿上好几个人都有 至少五个", "他们矿上好几个人都有 至少五个"),  # the case column holds 5
    ],
)
async def test_a_head_count_answer_is_read(text, kept):
    tracker = make_tracker(text, requested_slot="people_count", slots=KNOWN)
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("people_count") == kept
    assert not any("没太看懂" in (m.get("text") or "") for m in dispatcher.messages)


@pytest.mark.parametrize(
    ("story", "count"),
    [
        ("顶楼的几户家里都漏了，物业不修，在株洲市芦淞区", None),  # no number: asked later
        ("我们两个组为了山林吵了好多年，在沅陵县", None),
        ("兴旺装饰公司拖欠我们六个油漆工的工资，一共四万多", "我们六个油漆工"),
    ],
)
async def test_a_story_gives_a_head_count_only_with_a_number(story, count):
    tracker = make_tracker(story, requested_slot="respondent", slots={"category": "劳动和社会保障"})
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("people_count") == count


NOISE = {
    "issue_text": "楼下酒吧天天放音乐到三点",
    "category": "环境保护",
    "location": "湖南省长沙市开福区",
    "location_code": "430105",
}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("我叫彭亮 身份证430105199003154514", "彭亮"),
        ("我叫彭亮 身份证号码：430105199003154514", "彭亮"),
        ("本人叫王桂兰 手机13787012345", "王桂兰"),
        ("我叫彭亮，身份证430105199003154514", "彭亮"),
    ],
)
async def test_a_name_said_at_the_head_count_is_the_name_not_a_count(text, person):
    tracker = make_tracker(text, requested_slot="people_count", slots=NOISE)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("petitioner_name") == person
    assert "people_count" not in slots  # asked again


async def test_an_id_number_alone_at_the_head_count_is_no_count():
    tracker = make_tracker("430105199003154514", requested_slot="people_count", slots=NOISE)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "people_count" not in slots
