"""The party the story named by name, said again at another question ("王长河 俺邻居" when 邻居王长河 is on record),
is understood: no "没太看懂", no question let go, nothing added to the story (hh-007 after the story gave the
neighbour); and a story written for someone else files the other party, not the writer's own unit."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts

STORY = "俺是郸城县汲冢镇王楼村的 俺邻居王长河今年春上翻盖房子 把院墙往俺家宅基地上垒过来一米多"


@pytest.mark.parametrize(
    ("said", "known"),
    [
        ("王长河 俺邻居", "邻居王长河"),
        ("就是王长河", "邻居王长河"),
        ("王德发啊", "村支书王德发"),
        ("馬軍 他兒子", "儿子马军"),  # traditional characters
    ],
)
async def test_the_named_party_said_again_is_understood(said: str, known: str) -> None:
    slots = {"issue_text": STORY, "respondent": known, "category": "国土资源"}
    updates, dispatcher, _ = await run_action(
        ValidateIntakeForm(), make_tracker(said, slots=slots, requested_slot="legal_status")
    )
    assert "legal_status" not in updates and "issue_text" not in updates
    assert updates.get("respondent", known) == known
    assert "没太看懂" not in texts(dispatcher)


async def test_another_name_is_no_party_said_again() -> None:
    slots = {"issue_text": STORY, "respondent": "邻居王长河", "category": "国土资源"}
    _, dispatcher, _ = await run_action(
        ValidateIntakeForm(),
        make_tracker("王长河他儿子也来闹过好几回", slots=slots, requested_slot="legal_status"),
    )
    assert "我记着呢" not in texts(dispatcher)


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        (
            "我是天津泰达医院骨科的护士，替我们病房一个病人问问。他在滨海新区新城镇一个工地干活，摔下来腰椎骨折，"
            "包工的天津鑫达建筑劳务有限公司垫了五千块就不管了",
            "天津鑫达建筑劳务有限公司",
        ),
        (
            "我替我们业委会反映，南昌红谷滩区丽景湾小区，原来的物业南昌佳和物业合同到期了赖着不走",
            "南昌佳和物业",
        ),
    ],
)
async def test_a_story_for_someone_else_files_the_other_party(story: str, expected: str) -> None:
    updates, _, _ = await run_action(ValidateIntakeForm(), make_tracker(story, slots={}, requested_slot=None))
    assert updates.get("respondent") == expected


@pytest.mark.parametrize("asked", [None, "legal_status", "people_count"])
async def test_the_whole_name_of_a_neighbour_known_by_a_nickname(asked) -> None:
    story = "我屋隔壁那个张二娃 昨天晚上拿起锄头在我门口吼 说要弄死我"
    slots = {"issue_text": story, "respondent": "隔壁张二娃", "category": "政法"}
    said = "就是张二娃噻 大名叫张志明 他要是今天晚上又来咋个办嘛"
    updates, _, _ = await run_action(
        ValidateIntakeForm(), make_tracker(said, slots=slots, requested_slot=asked)
    )
    assert updates.get("respondent") == "张志明"
