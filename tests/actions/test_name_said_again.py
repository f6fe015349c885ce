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
