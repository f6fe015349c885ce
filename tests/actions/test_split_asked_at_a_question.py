"""Two matters pointed out at a question ("这是两件事 一个是…一个是…") are split, one case each, whatever the
classifier made of the message: never one more line of the story."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts

STORY = {
    "issue_text": "隔壁砖厂的灰飘到我家菜地 菜都死了 砖厂老板还借了我家三万块钱 说好年底还 一直拖着",
}


@pytest.mark.parametrize(
    "text",
    [
        "这是两件事 一个是灰把菜弄死了 一个是借钱不还",
        "是兩個事 一個是灰把菜弄死了 一個是借錢不還",  # traditional characters
        "这是两码事啊 一个是污染 另一个是欠钱",
    ],
)
async def test_two_matters_pointed_out_at_the_category_question_are_split(text):
    slots, dispatcher, _ = await run_action(
        ValidateIntakeForm(), make_tracker(text, requested_slot="category", slots=STORY)
    )
    said = texts(dispatcher)
    assert "两件" in said or "分开" in said
    assert text not in (slots.get("issue_text") or "")
    assert slots.get("more_matters") is True


async def test_an_answer_naming_two_people_is_no_second_matter():
    slots, _, _ = await run_action(
        ValidateIntakeForm(),
        make_tracker(
            "我和我老婆两个人", requested_slot="people_count", slots={**STORY, "category": "环境保护"}
        ),
    )
    assert not slots.get("more_matters")
