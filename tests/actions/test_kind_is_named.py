"""The party on record only by its kind, named at another question as "供热公司是哈投热电": that name is the
party, refined (actions.respondent_naming); "是不管", "是国企" say something of it and change nothing."""

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

STORY = {
    "issue_text": "暖气不热 屋里才十四度 给供热公司打电话他们来测了说达标",
    "category": "城乡建设",
}


@pytest.mark.parametrize(
    ("said", "known", "name"),
    [
        ("哈尔滨 道里区 新阳路街道 安升小区 供热公司是哈投热电", "供热公司", "哈投热电"),
        ("道里区新阳路街道，供热公司是哈投热电", "供热公司", "哈投热电"),
        ("长春市朝阳区 物业是万科物业", "物业", "万科物业"),
        ("南宁市青秀区 开发商是荣和地产", "开发商", "荣和地产"),
        ("哈尔滨道里区 供熱公司是哈投熱電", "供热公司", "哈投热电"),  # traditional
        ("太原小店区 热力公司就是太原热力啊", "热力公司", "太原热力"),
    ],
)
async def test_the_kind_is_given_its_name(said, known, name):
    tracker = make_tracker(said, slots={**STORY, "respondent": known}, requested_slot="location")
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("respondent") == name


@pytest.mark.parametrize(
    "said",
    [
        "哈尔滨道里区 供热公司是不管",
        "哈尔滨道里区 供热公司是国企",
        "哈尔滨道里区 供热公司是说达标了",
        "哈尔滨道里区 供热公司是这么说的",
        "哈尔滨道里区 供热公司是他们自己的",
        "哈尔滨道里区 供热公司是哪家我也不知道",
    ],
)
async def test_what_is_said_of_the_kind_names_nothing(said):
    tracker = make_tracker(said, slots={**STORY, "respondent": "供热公司"}, requested_slot="location")
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("respondent", "供热公司") == "供热公司"


@pytest.mark.parametrize(
    ("said", "known", "name"),
    [
        ("于都县禾丰镇下坪村 村支书是刘某华", "村支书", "村支书刘某华"),
        ("朝阳区 老板是王德发", "老板", "老板王德发"),
    ],
)
async def test_a_person_in_the_role_keeps_the_role(said, known, name):
    tracker = make_tracker(said, slots={**STORY, "respondent": known}, requested_slot="location")
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("respondent") == name
