"""Questions in the opening story and in Wu dialect are answered for what they ask (actions.intake_logic)."""

from __future__ import annotations

import pytest

from actions.intake_logic import read_turn
from actions.intake_turn import Turn
from bot.domain.category import classify_category
from bot.gazetteer import get_gazetteer

LIFT_STORY = "阿拉小区老房子六楼 想装电梯 楼里十二户十一户都同意了 就一楼伊拉勿肯"


def _answers(said: str, slot: str | None, story: str = "") -> str:
    turn = Turn(text=said, intent="inform", slots={"issue_text": story} if story else {}, requested_slot=slot)
    result = read_turn(turn, get_gazetteer(), classify_category)
    return " ".join(note.text or "" for note in result.notes)


@pytest.mark.parametrize(
    "said",
    [
        f"{LIFT_STORY} 街道讲一户勿同意就装勿了 是伐",
        "侬好 阿拉楼里想加装电梯 就一楼勿肯签字 一户勿同意到底好装伐",
        "我们单元想装电梯 二楼一户不同意 街道说就装不了 是这样吗",
    ],
)
def test_a_lift_vote_asked_in_the_opening_story_is_answered(said):
    assert "第278条" in _answers(said, None)


@pytest.mark.parametrize(
    "said",
    [
        "一楼一家不同意 电梯到底能不能装",
        "一楼一家勿同意 电梯到底能装勿能装",
        "侬先回答我 一户勿同意到底好装伐",
    ],
)
@pytest.mark.parametrize("slot", ["petitioner_name", "category", "respondent"])
def test_a_lift_vote_asked_mid_intake_is_answered_and_kept_out_of_the_story(said, slot):
    assert "第278条" in _answers(said, slot, LIFT_STORY)


@pytest.mark.parametrize(
    "said",
    [
        "以前在煤矿下井干了二十年 现在查出来尘肺 矿早就关了 老板也找不着了 这病谁给我管",
        "在石材厂打磨了十年 查出来矽肺 厂子倒了 谁来管我们",
    ],
)
def test_who_handles_an_occupational_disease_told_in_the_opening_story_is_answered(said):
    assert "职业病诊断" in _answers(said, None)
