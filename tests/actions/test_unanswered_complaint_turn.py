"""At the respondent question, "你还没回答我 能不能报警" is a question and a complaint: no slot changes (lead-048)."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import play

STORY = "房东不退押金 3000块 我都搬走半个月了 他说墙上有钉子眼要扣完 这能报警不"


@pytest.mark.parametrize("text", ["你还没回答我 能不能报警", "你还没回答我", "你都不回答我的问题"])
async def test_a_complaint_of_no_answer_is_never_the_respondent(text) -> None:
    turn = await play(
        ValidateIntakeForm(),
        text,
        intent="nlu_fallback",
        slots={"issue_text": STORY, "category": "城乡建设", "location_code": "510107"},
        requested_slot="respondent",
        earlier=[{"event": "user", "text": STORY}],
    )
    assert "respondent" not in turn.slots
