"""A correction of a few words inside the story swaps those words and keeps the rest (ho-008: "反映的问题里
一级改成三级" left the story as "三级"); a few words never replace a whole story."""

from __future__ import annotations

import pytest

from actions.correction_apply import apply_corrections
from actions.correction_parse import parse_corrections
from actions.intake_turn import Turn

STORY = "我是一级肢体残疾 想把残疾证从三级调成二级 区残联说不给评 我在广西南宁市西乡塘区"


def _applied(text: str) -> dict:
    turn = Turn(text=text, intent="correct", slots={"issue_text": STORY})
    return apply_corrections(parse_corrections(text), turn)


@pytest.mark.parametrize(
    ("text", "story"),
    [
        ("反映的问题里 一级改成三级", STORY.replace("一级", "三级", 1)),
        ("问题里的一级改成三级", STORY.replace("一级", "三级", 1)),
        ("反映的问题里把“从三级调成二级”改成“评二级”", STORY.replace("从三级调成二级", "评二级")),
    ],
)
def test_words_in_the_story_are_swapped(text, story) -> None:
    assert _applied(text).updates["issue_text"] == story


@pytest.mark.parametrize("text", ["反映的问题里 五级改成三级", "反映的问题改成三级"])
def test_a_few_words_never_replace_the_whole_story(text) -> None:
    applied = _applied(text)
    assert "issue_text" not in applied.updates and "issue_text" in applied.to_ask_again


def test_a_whole_new_story_still_replaces_it() -> None:
    text = "反映的问题改成：我现在三级肢体残疾 腿更严重了 申请评二级 区残联不给评"
    assert _applied(text).updates["issue_text"].startswith("我现在三级肢体残疾")


def test_a_question_about_the_story_never_becomes_it() -> None:
    applied = _applied("反映的问题怎么只剩三级两个字了 我原来说的话呢")
    assert "issue_text" not in applied.updates
