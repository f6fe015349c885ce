"""The category buttons offer each class once, "其他" last, whatever the classifier ranked first."""

import pytest

from actions.form_asks import AskCategory
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action


@pytest.mark.parametrize(
    "story",
    [
        "我要表扬一下我们小区的网格员小刘 上个月我家老头子摔倒了是她帮忙送的医院",
        "我有个事情想反映一下，请帮帮忙看看怎么办",
        "就是那个事嘛 你们晓得的",
    ],
)
async def test_each_class_is_offered_once_and_other_last(story):
    slots, _, _ = await run_action(
        ValidateIntakeForm(), make_tracker(story, intent="tell_problem", active_loop=None)
    )
    assert "category" not in slots  # none of these stories names its class plainly
    _, dispatcher, _ = await run_action(
        AskCategory(), make_tracker(slots={"category_candidates": slots["category_candidates"]})
    )
    titles = [b["title"] for b in dispatcher.messages[0]["buttons"]]
    assert len(titles) == len(set(titles))
    assert titles[-1] == "其他"
