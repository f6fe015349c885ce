"""The name said again at another question ("阿不都热合曼 我前面 说了") is acknowledged, and is no more of the story."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts

STORY = "你好 我名字 阿不都热合曼 我工地干活 老板钱不给 三个月的 乌鲁木齐"


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("阿不都热合曼 我前面 说了", "阿不都热合曼"),
        ("阿不都热合曼", "阿不都热合曼"),
        ("次仁卓玛 刚才说过了", "次仁卓玛"),
        ("王秀兰 我说了呀", "王秀兰"),
    ],
)
async def test_the_name_again_is_acknowledged_not_added_to_the_story(text: str, known: str) -> None:
    slots = {"issue_text": STORY, "petitioner_name": known, "category": "劳动和社会保障"}
    updates, dispatcher, _ = await run_action(
        ValidateIntakeForm(), make_tracker(text, slots=slots, requested_slot="phone")
    )
    assert "issue_text" not in updates
    assert "phone" not in updates
    assert known in texts(dispatcher) and "没太看懂" not in texts(dispatcher)


async def _surname_on_record(text: str, asked: str) -> dict:
    slots = {"issue_text": "承包地叫村里收回去了", "petitioner_name": "李", "category": "农村农业"}
    tracker = make_tracker(text, slots=slots, requested_slot=asked)
    updates, _, _ = await run_action(ValidateIntakeForm(), tracker)
    return updates


@pytest.mark.parametrize(
    ("text", "asked"), [("李满仓", "phone"), ("名字写全 李满仓", "phone"), ("全名是李满仓", "people_count")]
)
async def test_a_whole_name_after_a_surname_fills_the_name_out(text: str, asked: str) -> None:
    assert (await _surname_on_record(text, asked))["petitioner_name"] == "李满仓"


@pytest.mark.parametrize(
    ("text", "asked"), [("李老板", "phone"), ("李满仓", "respondent"), ("李家沟", "address")]
)
async def test_a_party_or_a_place_with_the_surname_is_no_name(text: str, asked: str) -> None:
    assert "petitioner_name" not in await _surname_on_record(text, asked)
